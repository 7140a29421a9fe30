import type { CallView } from '../../../contracts/messages';
import { statusLine } from '../status-line';

export function StatusLine({ call, connected }: { call: CallView | null; connected: boolean }) {
  const { text, tone } = connected ? statusLine(call) : { text: 'Connecting to Candor…', tone: 'idle' as const };
  return (
    <header class={`status status--${tone}`} data-testid="status-line">
      <span class="status__dot" aria-hidden="true" />
      <span>{text}</span>
    </header>
  );
}
