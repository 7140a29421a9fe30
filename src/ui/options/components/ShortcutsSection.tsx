import { useEffect, useState } from 'preact/hooks';
import { browser } from '../../../platform/browser';
import { t } from '../../i18n';
import { Section } from './fields';

interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** The keyboard shortcuts as the browser has them now (the user may have changed them), plus the overlay's own key. */
export function ShortcutsSection() {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  useEffect(() => {
    void browser.commands.getAll().then((commands) =>
      setShortcuts(commands.map((c) => ({ name: c.name ?? '', description: c.description ?? '', shortcut: c.shortcut ?? '' }))),
    );
  }, []);
  return (
    <Section id="shortcuts" title={t('shortcutsHeading')} intro={t('shortcutsIntro')}>
      <dl class="shortcuts">
        {shortcuts.map((s) => (
          <div key={s.name}>
            <dt>
              <kbd>{s.shortcut || t('shortcutUnset')}</kbd>
            </dt>
            <dd>{s.description || t('commandOpen')}</dd>
          </div>
        ))}
        <div>
          <dt>
            <kbd>Alt+Shift+H</kbd>
          </dt>
          <dd>{t('shortcutOverlay')}</dd>
        </div>
      </dl>
    </Section>
  );
}
