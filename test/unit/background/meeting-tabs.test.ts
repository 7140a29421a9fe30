import { describe, expect, it } from 'vitest';
import { memoryArea as area } from '../memory-area';
import { MEETING_TABS_KEY, MeetingTabs } from '../../../src/background/meeting-tabs';

describe('the meeting tabs the worker remembers for the reload hint', () => {
  it('outlive the worker: a new worker (Candor reloaded) still knows the tabs the old one ran in', async () => {
    const local = area();
    const before = new MeetingTabs(local);
    await before.load();
    before.add(12);
    before.add(40);
    before.add(12);
    await Promise.resolve();
    const after = new MeetingTabs(local);
    await after.load();
    expect(after.list()).toEqual([12, 40]);
  });

  it('forgets a tab whose page left or closed, and all of them when the browser starts again', async () => {
    const tabs = new MeetingTabs(area());
    await tabs.load();
    tabs.add(1);
    tabs.add(2);
    tabs.add(3);
    tabs.remove(2);
    expect(tabs.list()).toEqual([1, 3]);
    tabs.clear();
    expect(tabs.list()).toEqual([]);
  });

  it('ignores what is not a list of tab ids in storage and keeps at most a hundred, the newest', async () => {
    const garbled = new MeetingTabs(area({ [MEETING_TABS_KEY]: [5, 'seven', null, 1.5, 9] }));
    await garbled.load();
    expect(garbled.list()).toEqual([5, 9]);
    const none = new MeetingTabs(area({ [MEETING_TABS_KEY]: 'not a list' }));
    await none.load();
    expect(none.list()).toEqual([]);
    const many = new MeetingTabs(area());
    await many.load();
    for (let id = 1; id <= 120; id += 1) many.add(id);
    expect(many.list()).toHaveLength(100);
    expect(many.list()[0]).toBe(21);
  });
});
