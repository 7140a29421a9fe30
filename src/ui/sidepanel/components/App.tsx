import { usePanelState } from '../use-panel-state';
import { CurrentCard } from './CurrentCard';
import { Participants } from './Participants';
import { ProblemReport } from './ProblemReport';
import { RecentCards } from './RecentCards';
import { StatusLine } from './StatusLine';
import { TalkMeter } from './TalkMeter';

export function App() {
  const { call, connected, needsReload, send } = usePanelState();
  return (
    <main class="panel">
      <StatusLine call={call} connected={connected} />
      <a class="review-link" href={`../review/index.html${call ? `?call=${encodeURIComponent(call.callId)}` : ''}`} target="_blank" rel="noopener">Review calls</a>
      {needsReload && (
        <p class="reload" data-testid="reload-hint">
          Reload this meeting tab so Candor can listen. It was opened before Candor was installed or updated.
        </p>
      )}
      {call && <ProblemReport call={call} />}
      {call && !call.ended && <CurrentCard card={call.card} />}
      {call && <TalkMeter talk={call.talk} />}
      {call && <RecentCards cards={call.recent} />}
      {call && <Participants participants={call.participants} send={send} />}
      {!call && (
        <p class="hint">
          Join a call on Google Meet, Zoom or Microsoft Teams with captions on. Candor reads the captions on this computer and coaches you here.
        </p>
      )}
    </main>
  );
}
