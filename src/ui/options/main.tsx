import { render } from 'preact';
import { t } from '../i18n';
import { OptionsApp } from './components/OptionsApp';

document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
