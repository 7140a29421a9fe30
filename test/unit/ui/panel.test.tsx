// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CallView } from '../../../src/contracts/messages';
import { NUDGES } from '../../../src/core/nudges';
import { CurrentCard } from '../../../src/ui/sidepanel/components/CurrentCard';
import { DiscoveryChecklist } from '../../../src/ui/sidepanel/components/DiscoveryChecklist';
import { LiveTranscript } from '../../../src/ui/sidepanel/components/LiveTranscript';
import { PanelHeader } from '../../../src/ui/sidepanel/components/PanelHeader';
import { TalkMeter } from '../../../src/ui/sidepanel/components/TalkMeter';
import { callView } from './call-view';

vi.mock('../../../src/platform/browser', () => import('./fake-browser'));
vi.mock('../../../src/platform/native-browser', () => import('./fake-browser'));

const card = { ...NUDGES['validate-objection'], id: 'validate-objection@u3', nudgeId: 'validate-objection' as const, utteranceId: 'u3', label: 'objection' as const, evidence: 'too expensive', shownAt: 0 };

function call(overrides: Partial<CallView> = {}): CallView {
  return callView({ card, talk: { callShare: 0.7, recentShare: 0.5, repMs: 7, othersMs: 3 }, ...overrides });
}

afterEach(cleanup);

describe('the current card', () => {
  it('says what to do, what to ask and, one click away, why, in a polite live region', () => {
    render(<CurrentCard call={call()} send={() => undefined} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe("Validate it, then ask what's behind it");
    expect(screen.getByText('“That\'s fair. What makes it feel that way right now?”')).toBeTruthy();
    expect(screen.getByText('Principle 5: Validate objections; never counter them')).toBeTruthy();
    expect(screen.getByLabelText('Current nudge').getAttribute('aria-live')).toBe('polite');
  });

  it('sends "helpful" and "not now" for this call and card', () => {
    const send = vi.fn();
    render(<CurrentCard call={call()} send={send} />);
    fireEvent.click(screen.getByText('Helpful'));
    fireEvent.click(screen.getByText('Not now'));
    expect(send.mock.calls.map(([command]) => command)).toEqual([
      { type: 'card-feedback', callId: 'c1', cardId: 'validate-objection@u3', nudgeId: 'validate-objection', kind: 'helpful' },
      { type: 'card-feedback', callId: 'c1', cardId: 'validate-objection@u3', nudgeId: 'validate-objection', kind: 'not-now' },
    ]);
  });

  it("shows the team's own wording as written", () => {
    render(<CurrentCard call={call({ card: { ...card, title: 'Acknowledge, then dig' } })} send={() => undefined} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Acknowledge, then dig');
  });

  it('in shadow mode explains the moment and offers a bookmark with a note', () => {
    const send = vi.fn();
    render(<CurrentCard call={call({ mode: 'shadow', shadowRepName: 'Sam' })} send={send} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('The buyer raised a concern');
    expect(screen.queryByText('Helpful')).toBeNull();
    fireEvent.input(screen.getByPlaceholderText('Note (optional)'), { target: { value: 'good save on price' } });
    fireEvent.submit(screen.getByTestId('bookmark-form'));
    expect(send).toHaveBeenCalledWith({ type: 'bookmark', callId: 'c1', note: 'good save on price' });
  });

  it('quotes only words someone said: a call-level card shows its own numbers, not as a quote', () => {
    const talkShare = {
      ...NUDGES['talk-share'], id: 'talk-share@t1', nudgeId: 'talk-share' as const, utteranceId: null, label: null,
      evidence: '91% of the talk lately', detail: { kind: 'talk-share' as const, repPercent: 91 }, shownAt: 0,
    };
    const { container } = render(<CurrentCard call={call({ card: talkShare })} send={() => undefined} />);
    expect(container.textContent).not.toContain('Heard');
    expect(container.textContent).not.toContain('“91%');
    expect(screen.getByText('You: 91% of the talk lately')).toBeTruthy();
  });

  it('names the unexplored discovery topics in the user’s words, not as internal ids', () => {
    const gap = {
      ...NUDGES['discovery-gap'], id: 'discovery-gap@t1', nudgeId: 'discovery-gap' as const, utteranceId: null, label: null,
      evidence: 'not explored yet: success, decision-process', detail: { kind: 'unexplored' as const, topics: ['success' as const, 'decision-process' as const] }, shownAt: 0,
    };
    const { container } = render(<CurrentCard call={call({ card: gap })} send={() => undefined} />);
    expect(container.textContent).not.toContain('Heard');
    expect(container.textContent).not.toContain('decision-process');
    expect(screen.getByText('Not explored yet: What success looks like and How they decide')).toBeTruthy();
  });

  it('still quotes the words that raised a card, a team’s custom card included', () => {
    render(<CurrentCard call={call()} send={() => undefined} />);
    expect(screen.getByText('Heard: “too expensive”')).toBeTruthy();
    cleanup();
    const custom = { ...card, id: 'custom:t1@u3', nudgeId: 'custom' as const, triggerId: 't1', label: null, evidence: 'SOC 2' };
    render(<CurrentCard call={call({ card: custom })} send={() => undefined} />);
    expect(screen.getByText('Heard: “SOC 2”')).toBeTruthy();
  });

  it('renders caption words as text, never as markup', () => {
    const evil = '<img src=x onerror="alert(1)"><b>bold</b>';
    const { container } = render(<CurrentCard call={call({ card: { ...card, evidence: evil } })} send={() => undefined} />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.textContent).toContain(evil);
  });
});

describe('the header', () => {
  it('pauses and resumes listening on the call tab', () => {
    const send = vi.fn();
    const { rerender } = render(<PanelHeader call={call()} connected send={send} />);
    fireEvent.click(screen.getByTestId('pause'));
    expect(send).toHaveBeenLastCalledWith({ type: 'set-paused', tabId: 7, paused: true });
    rerender(<PanelHeader call={call({ paused: true })} connected send={send} />);
    expect(screen.getByTestId('status-line').textContent).toBe('Paused on Google Meet: nothing is being captured');
    expect(screen.getByTestId('pause').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByTestId('pause'));
    expect(send).toHaveBeenLastCalledWith({ type: 'set-paused', tabId: 7, paused: false });
  });

  it('has no pause button when there is nothing to pause', () => {
    render(<PanelHeader call={call({ ended: true })} connected send={() => undefined} />);
    expect(screen.queryByTestId('pause')).toBeNull();
  });
});

describe('meters, checklist and transcript', () => {
  it('shows the talk split for the recent window and the whole call', () => {
    render(<TalkMeter talk={{ callShare: 0.7, recentShare: 0.5, repMs: 7, othersMs: 3 }} windowMs={300_000} shadow={false} threshold={0.65} />);
    // Only the whole-call share is above the configured 65%: only its bar warns.
    expect([...document.querySelectorAll('.meter')].map((m) => m.classList.contains('meter--over'))).toEqual([false, true]);
    expect(screen.getByText("Last 5 min")).toBeTruthy();
    expect(screen.getByText('You 70% · Them 30%')).toBeTruthy();
    expect(screen.getAllByRole('meter').map((m) => m.getAttribute('aria-valuenow'))).toEqual(['50', '70']);
  });

  it('ticks the discovery topics that came up', () => {
    render(<DiscoveryChecklist checklist={{ problem: { at: 1, utteranceId: 'u1' }, alternative: { at: 2, utteranceId: 'u2' } }} />);
    expect(screen.getByText('2 of 6 covered')).toBeTruthy();
    const done = [...document.querySelectorAll('[data-done="true"]')].map((li) => li.getAttribute('data-topic'));
    expect(done).toEqual(['problem', 'alternative']);
  });

  it('highlights labelled moments in the transcript and keeps caption markup as text', () => {
    const { container } = render(
      <LiveTranscript
        lines={[
          { id: 'u1', speaker: 'Dana', role: 'prospect', text: 'That is <script>alert(1)</script> too expensive', start: 0, final: true, labels: ['objection'] },
          { id: 'u2', speaker: 'You', role: 'rep', text: 'I hear you', start: 1, final: true, labels: [] },
        ]}
      />,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelectorAll('.line--moment')).toHaveLength(1);
    expect(screen.getByText('objection')).toBeTruthy();
    expect(screen.getByText('That is <script>alert(1)</script> too expensive')).toBeTruthy();
  });
});
