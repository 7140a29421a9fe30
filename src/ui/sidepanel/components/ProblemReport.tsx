import { useState } from 'preact/hooks';
import type { CallView } from '../../../contracts/messages';
import { browser } from '../../../platform/browser';
import { recentProblems } from '../../../storage/capture-problems';
import { t } from '../../i18n';

/**
 * Shown when captions cannot be read: copies what failed (never what was said) so the user can paste it into
 * a report, since a site change is only fixed once someone tells us.
 */
export function ProblemReport({ call }: { call: CallView }) {
  const [copied, setCopied] = useState(false);
  if (call.status.captions !== 'unreadable') return null;
  const copy = async () => {
    const report = {
      extension: browser.runtime.getManifest().version,
      browser: navigator.userAgent,
      current: { site: call.site, ...call.status.problem },
      recent: await recentProblems(browser.storage.local),
    };
    await navigator.clipboard.writeText(JSON.stringify(report, null, 2));
    setCopied(true);
  };
  return (
    <p class="problem" data-testid="problem-report">
      {call.status.problem?.detail}.{' '}
      <button type="button" onClick={() => void copy()}>
        {copied ? t('copiedReport') : t('copyReport')}
      </button>
    </p>
  );
}
