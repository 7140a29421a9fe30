import { useState } from 'preact/hooks';
import { exportPlaybook, parsePlaybook, applyPlaybook } from '../../../storage/playbook';
import { t } from '../../i18n';
import type { OptionsState } from '../use-options';
import { Section } from './fields';

/** Export the playbook as JSON, or import one: a file is validated before anything changes. */
export function TransferSection({ state }: { state: OptionsState }) {
  const { effective, update, locked } = state;
  const [errors, setErrors] = useState<string[]>([]);
  const [imported, setImported] = useState(false);

  const download = () => {
    const blob = new Blob([`${JSON.stringify(exportPlaybook(effective), null, 2)}\n`], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'candor-playbook.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  };

  const load = async (file: File) => {
    setImported(false);
    const result = parsePlaybook(await file.text());
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors([]);
    // Fields the administrator locked stay as the policy says; the rest comes from the file.
    update((s) => applyPlaybook(s, result.playbook));
    setImported(true);
  };

  return (
    <Section id="transfer" title={t('transferHeading')} intro={t('transferIntro')}>
      <div class="row">
        <button type="button" class="button" data-testid="export" onClick={download}>
          {t('exportButton')}
        </button>
        <label class="button file-button">
          {t('importButton')}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import"
            class="visually-hidden"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void load(file);
              event.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      {locked.size > 0 && <p class="field__hint">{t('importLockedHint')}</p>}
      {imported && (
        <p class="notice" role="status" data-testid="import-ok">
          {t('importDone')}
        </p>
      )}
      {errors.length > 0 && (
        <div class="errors" role="alert" data-testid="import-errors">
          <p>{t('importFailed')}</p>
          <ul>
            {errors.slice(0, 20).map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
    </Section>
  );
}
