import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReplay, replaySchema } from '../../../src/replay/replay-schema';

const replaysDir = new URL('../../replays/', import.meta.url);
const readJson = (url: URL): unknown => JSON.parse(readFileSync(url, 'utf8'));

function valid(): Record<string, unknown> & { events: Record<string, unknown>[] } {
  return {
    format: 'candor-replay',
    version: 1,
    site: 'google-meet',
    meetingUrl: 'https://meet.google.com/abc-defg-hij',
    events: [
      { t: 0, op: 'captions', on: true },
      { after: 500, op: 'say', block: 'b1', speaker: 'Dana Whitfield', text: 'Hi, can you hear me?' },
      { after: 300, op: 'show', block: 'b2', speaker: 'You', self: true, text: 'Yes' },
      { after: 1000, op: 'leave' },
    ],
  };
}

describe('parseReplay', () => {
  it.each(readdirSync(replaysDir).filter((name) => name.endsWith('.json')))('accepts test/replays/%s', (name) => {
    const replay = parseReplay(readJson(new URL(name, replaysDir)), name);
    expect(replay.events.length).toBeGreaterThan(0);
  });

  it('returns the replay unchanged', () => {
    expect(parseReplay(valid(), 'ok.json')).toEqual(valid());
  });

  const cases: [string, (r: ReturnType<typeof valid>) => void, string][] = [
    ['a non-object', () => {}, 'x.json: expected an object'],
    ['a text that is not a string', (r) => (r.events[2]!.text = 5), 'x.json: events[2].text: expected a string'],
    ['an unknown op', (r) => (r.events[1]!.op = 'sya'), 'x.json: events[1].op: unknown op "sya" (expected one of captions, show, remove, replace-region, leave, present, say)'],
    ['a missing op', (r) => delete r.events[1]!.op, 'x.json: events[1].op: missing op'],
    ['a misspelt field', (r) => (r.events[1]!.speeker = 'Dana'), 'x.json: events[1].speeker: unknown field'],
    ['both t and after', (r) => (r.events[1]!.t = 10), 'x.json: events[1]: give either t or after, not both'],
    ['neither t nor after', (r) => delete r.events[3]!.after, 'x.json: events[3]: needs a time'],
    ['a negative time', (r) => (r.events[1]!.after = -5), 'x.json: events[1].after: expected 0 or more milliseconds'],
    ['a fractional time', (r) => (r.events[1]!.after = 2.5), 'x.json: events[1].after: expected a whole number of milliseconds'],
    ['time going backwards', (r) => (r.events[3] = { t: 100, op: 'leave' }), 'x.json: events[3].t: 100 ms is before the previous event ends'],
    ['a show creating a block without speaker', (r) => delete r.events[2]!.speaker, 'x.json: events[2].speaker: block "b2" is not on screen'],
    ['a wrong format', (r) => (r.format = 'replay'), 'x.json: format: expected "candor-replay"'],
    ['a wrong version', (r) => (r.version = 2), 'x.json: version: unsupported version 2 (this build reads version 1)'],
    ['a wrong site', (r) => (r.site = 'webex'), 'x.json: site: unsupported site "webex" (expected google-meet, zoom, teams)'],
    ['a URL on another host', (r) => (r.meetingUrl = 'https://example.com/abc'), 'x.json: meetingUrl: expected an https://meet.google.com/… address'],
    ['no events', (r) => (r.events = []), 'x.json: events: expected at least one event'],
    ['an empty say', (r) => (r.events[1]!.text = '  '), 'x.json: events[1].text: expected words to say'],
    ['a say without speaker', (r) => delete r.events[1]!.speaker, 'x.json: events[1].speaker: missing required field'],
    ['a speaker that is not a name', (r) => (r.events[1]!.speaker = 42), 'x.json: events[1].speaker: expected a name or null'],
    ['a silly speaking rate', (r) => (r.events[1]!.wpm = 2000), 'x.json: events[1].wpm: expected 60 to 400 words per minute'],
    ['a mishear that changes nothing', (r) => (r.events[1]!.mishear = [{ heard: 'Hi', meant: 'Hi' }]), 'x.json: events[1].mishear[0]: heard and meant are the same'],
    ['a mishear not in the text', (r) => (r.events[1]!.mishear = [{ heard: 'hey', meant: 'Hello' }]), 'x.json: events[1].mishear[0].meant: "Hello" is not a run of whole words'],
    ['a zero visibleBlocks', (r) => (r.visibleBlocks = 0), 'x.json: visibleBlocks: expected 1 or more'],
  ];
  it.each(cases)('names the file and JSON path for %s', (name, mutate, message) => {
    const input = name === 'a non-object' ? 'not json object' : valid();
    if (typeof input !== 'string') mutate(input);
    expect(() => parseReplay(input, 'x.json')).toThrow(message);
  });
});

describe('docs/replay.schema.json', () => {
  const jsonSchema = readJson(new URL('../../../docs/replay.schema.json', import.meta.url)) as {
    $schema: string;
    properties: Record<string, unknown>;
    $defs: { event: { properties: { op: { enum: string[] } } } };
  };

  it('is draft 2020-12 and lists the same top-level fields and ops as the valibot schema', () => {
    expect(jsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(jsonSchema.properties).sort()).toEqual(Object.keys(replaySchema.entries).sort());
    const ops = replaySchema.entries.events.pipe[0].item.options.map((option) => option.pipe[0].entries.op.literal);
    expect([...jsonSchema.$defs.event.properties.op.enum].sort()).toEqual([...ops].sort());
  });
});
