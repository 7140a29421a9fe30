import { usePanelState } from '../use-panel-state';
import { CurrentCard } from './CurrentCard';
import { RecentCards } from './RecentCards';
import { StatusLine } from './StatusLine';
import { TalkMeter } from './TalkMeter';

export function App() {
  const { call, connected } = usePanelState();
  return (
    <main class="panel">
      <StatusLine call={call} connected={connected} />
      {call && !call.ended && <CurrentCard card={call.card} />}
      {call && <TalkMeter talk={call.talk} />}
      {call && <RecentCards cards={call.recent} />}
      {!call && (
        <p class="hint">
          Join a call on Google Meet with captions on. Candor reads the captions on this computer and coaches you here.
        </p>
      )}
    </main>
  );
}
