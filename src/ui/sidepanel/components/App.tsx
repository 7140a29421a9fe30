import { t } from '../../i18n';
import { usePanelState } from '../use-panel-state';
import { CurrentCard } from './CurrentCard';
import { DiscoveryChecklist } from './DiscoveryChecklist';
import { LiveTranscript } from './LiveTranscript';
import { PanelHeader } from './PanelHeader';
import { Participants } from './Participants';
import { ProblemReport } from './ProblemReport';
import { RecentCards } from './RecentCards';
import { TalkMeter } from './TalkMeter';

export function App() {
  const { call, connected, needsReload, storageFull, send } = usePanelState();
  const live = call !== null && !call.ended;
  return (
    <main class="panel">
      <PanelHeader call={call} connected={connected} send={send} />
      <a class="review-link" href={`../review/index.html${call ? `?call=${encodeURIComponent(call.callId)}` : ''}`} target="_blank" rel="noopener">
        {t('reviewCalls')}
      </a>
      {needsReload && (
        <p class="reload" data-testid="reload-hint">
          {t('reloadHint')}
        </p>
      )}
      {live && storageFull && (
        <p class="storage-full" role="status" data-testid="storage-full">
          {t('storageFullLive')}
        </p>
      )}
      {call && <ProblemReport call={call} />}
      {live && call.disclosureReminder && (
        <p class="reminder" data-testid="disclosure-reminder">
          {t('disclosureReminder')}
        </p>
      )}
      {live && <CurrentCard call={call} send={send} />}
      {call?.ended && (
        <a class="review-cta" data-testid="review-this-call" href={`../review/index.html?call=${encodeURIComponent(call.callId)}`} target="_blank" rel="noopener">
          {t('reviewThisCall')}
        </a>
      )}
      {call && <RecentCards cards={call.recent} feedback={call.feedback} shadow={call.mode === 'shadow'} />}
      {call && <TalkMeter talk={call.talk} windowMs={call.talkWindowMs} shadow={call.mode === 'shadow'} threshold={call.talkShareThreshold} />}
      {call && <DiscoveryChecklist checklist={call.checklist} />}
      {call && <LiveTranscript lines={call.transcript} />}
      {call && <Participants participants={call.participants} send={send} />}
      {!call && <p class="hint">{t('idleHint')}</p>}
    </main>
  );
}
