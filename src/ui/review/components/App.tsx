import { CallList } from './CallList';
import { CallPage } from './CallPage';

/** `index.html` lists the calls; `index.html?call=<id>` reviews one. */
export function App() {
  const callId = new URLSearchParams(location.search).get('call');
  return callId === null ? <CallList /> : <CallPage callId={callId} />;
}
