import type { CallView, PanelToBackground } from '../../../contracts/messages';
import { browser } from '../../../platform/browser';
import { t } from '../../i18n';
import { statusLine } from '../status-line';

interface Props {
  call: CallView | null;
  connected: boolean;
  send(command: PanelToBackground): void;
}

/**
 * The call state (site, captions, paused) in one line, the pause button ("stop listening for now") and the
 * way to the settings. There is no link to a review of the call: the review page is not built yet.
 */
export function PanelHeader({ call, connected, send }: Props) {
  const { text, tone } = connected ? statusLine(call) : { text: t('statusConnecting'), tone: 'idle' as const };
  const canPause = connected && call !== null && !call.ended && call.status.inCall && call.mode !== 'off';
  const paused = call?.paused ?? false;
  return (
    <header class="header">
      <div class="header__row">
        <div class={`status status--${tone}`} data-testid="status-line" role="status">
          <span class="status__dot" aria-hidden="true" />
          <span>{text}</span>
        </div>
        <div class="header__actions">
          {canPause && call && (
            <button
              type="button"
              class={`button ${paused ? 'button--primary' : ''}`}
              data-testid="pause"
              aria-pressed={paused}
              title={paused ? t('resumeTitle') : t('pauseTitle')}
              onClick={() => send({ type: 'set-paused', tabId: call.tabId, paused: !paused })}
            >
              {paused ? t('resume') : t('pause')}
            </button>
          )}
          <button type="button" class="button button--quiet" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('optionsLink')}
          </button>
        </div>
      </div>
      {call?.mode === 'shadow' && !call.ended && (
        <p class="mode-banner" data-testid="shadow-banner">
          {call.shadowRepName ? t('modeShadowBanner', call.shadowRepName) : t('modeShadowNoRep')}
        </p>
      )}
    </header>
  );
}
