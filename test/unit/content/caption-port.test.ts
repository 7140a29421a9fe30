import { describe, expect, it } from 'vitest';
import { CaptionPort, type PortLike } from '../../../src/content/caption-port';
import type { CallHello } from '../../../src/contracts/messages';
import type { Utterance } from '../../../src/core/types';

/** A port to a service worker that can be stopped, like Chrome stops it after 30 s idle. */
class FakeWorkerPort implements PortLike {
  received: Array<{ type: string; [key: string]: unknown }> = [];
  private messageListeners: Array<(message: unknown) => void> = [];
  private disconnectListeners: Array<() => void> = [];
  postMessage(message: unknown): void {
    this.received.push(message as { type: string });
  }
  disconnect(): void {}
  onMessage = { addListener: (listener: (message: unknown) => void) => this.messageListeners.push(listener) };
  onDisconnect = { addListener: (listener: () => void) => this.disconnectListeners.push(listener) };
  ack(callId: string, id: string, revision: number): void {
    for (const listener of this.messageListeners) listener({ type: 'ack', callId, acked: [{ id, revision }] });
  }
  die(): void {
    for (const listener of this.disconnectListeners) listener();
  }
}

const hello: CallHello = { type: 'call-hello', callId: 'google-meet-1', site: 'google-meet', startedAt: 1, meetingCode: 'abc-defg-hij' };
const utterance = (id: string, revision: number, text: string): Utterance => ({
  id, speaker: 'Dana', isSelf: false, text, start: 1, end: 2, final: false, revision,
});

function setup(alive = { value: true }, clock = { now: 0 }) {
  const ports: FakeWorkerPort[] = [];
  const timers: Array<() => void> = [];
  const delays: number[] = [];
  let gone = 0;
  const port = new CaptionPort({
    site: 'google-meet',
    connect: () => {
      const fake = new FakeWorkerPort();
      ports.push(fake);
      return fake;
    },
    extensionAlive: () => alive.value,
    onGone: () => (gone += 1),
    setTimer: (callback, ms) => {
      delays.push(ms);
      timers.push(callback);
    },
    now: () => clock.now,
  });
  return { port, ports, delays, runTimers: () => timers.splice(0).forEach((t) => t()), gone: () => gone };
}

describe('CaptionPort', () => {
  it('says hello before anything else and sends each utterance version', () => {
    const { port, ports } = setup();
    port.startCall(hello);
    port.sendUtterance(utterance('u1', 1, 'that is'));
    expect(ports[0]?.received.map((m) => m.type)).toEqual(['tab-hello', 'call-hello', 'utterance']);
  });

  it('forgets an utterance only once the worker acknowledges that version or a later one', () => {
    const { port, ports } = setup();
    port.startCall(hello);
    port.sendUtterance(utterance('u1', 1, 'that is'));
    port.sendUtterance(utterance('u1', 2, 'that is too much'));
    ports[0]?.ack(hello.callId, 'u1', 1);
    expect(port.pendingCount).toBe(1);
    ports[0]?.ack(hello.callId, 'u1', 2);
    expect(port.pendingCount).toBe(0);
  });

  it('resends hello, status and every unacknowledged utterance after the worker was stopped', () => {
    const { port, ports, runTimers } = setup();
    port.startCall(hello);
    port.sendStatus({ inCall: true, captions: 'on', problem: null, howToEnable: 'press C' });
    port.sendUtterance(utterance('u1', 3, 'we use spreadsheets'));
    port.sendUtterance(utterance('u2', 1, 'okay'));
    ports[0]?.ack(hello.callId, 'u2', 1);
    ports[0]?.die();
    runTimers();
    expect(ports).toHaveLength(2);
    expect(ports[1]?.received.map((m) => m.type)).toEqual(['tab-hello', 'call-hello', 'capture-status', 'utterance']);
    expect(ports[1]?.received[3]).toMatchObject({ utterance: { id: 'u1', revision: 3 } });
  });

  it('ignores acknowledgements for another call', () => {
    const { port, ports } = setup();
    port.startCall(hello);
    port.sendUtterance(utterance('u1', 1, 'hi'));
    ports[0]?.ack('some-other-call', 'u1', 1);
    expect(port.pendingCount).toBe(1);
  });

  it('lets go of its connection when closed, and opens none again even with a reconnection pending', () => {
    const { port, ports, runTimers, gone } = setup();
    port.announce();
    ports[0]?.die();
    port.close();
    runTimers();
    port.startCall(hello);
    port.sendUtterance(utterance('u1', 1, 'that is'));
    expect(ports).toHaveLength(1);
    expect(gone()).toBe(0);
  });

  it('disconnects the connection it holds when closed', () => {
    const { port, ports } = setup();
    port.announce();
    let disconnected = 0;
    if (ports[0]) ports[0].disconnect = () => (disconnected += 1);
    port.close();
    port.close();
    expect(disconnected).toBe(1);
  });

  it('stops quietly, without throwing into the page, when the extension was reloaded', () => {
    const alive = { value: true };
    const { port, ports, runTimers, gone } = setup(alive);
    port.startCall(hello);
    alive.value = false;
    ports[0]?.die();
    runTimers();
    expect(gone()).toBe(1);
    expect(() => port.sendUtterance(utterance('u1', 1, 'still talking'))).not.toThrow();
    expect(ports).toHaveLength(1);
  });

  it('backs off while connections drop at once, and reconnects quickly again after one that lasted', () => {
    const clock = { now: 0 };
    const { port, ports, delays, runTimers } = setup({ value: true }, clock);
    port.announce();
    // A quiet tab: nothing to acknowledge. A worker that keeps failing at start is not hammered.
    for (let i = 0; i < 6; i += 1) {
      ports.at(-1)?.die();
      runTimers();
    }
    expect(delays).toEqual([100, 250, 500, 1_000, 2_000, 5_000]);
    // Chrome stops an idle worker 30 s after its last event: that connection was fine, reconnect at once.
    clock.now += 30_000;
    ports.at(-1)?.die();
    expect(delays.at(-1)).toBe(100);
  });
});
