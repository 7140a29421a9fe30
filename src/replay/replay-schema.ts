/**
 * The replay format (version 1): a timed script of caption edits on one meeting site. The demo, the
 * end-to-end tests and users reporting a breakage all play the same files, so this schema is the one gate a
 * file passes before anything plays it. Replay files are untrusted input (users attach them to bug
 * reports), hence strict objects and errors that name the file and the JSON path of the first problem.
 *
 * Structure is checked here; the timeline rules that need the events resolved in order (times going
 * backwards, a `show` creating a block without a speaker, edits while captions are off) are checked by
 * `expandReplay`, which `parseReplay` runs so a file that parses also plays. Human docs: docs/replay-format.md.
 */
import * as v from 'valibot';
import { siteOfHost } from '../contracts/meeting-hosts';
import type { SiteId } from '../core/types';
import { expandReplay, ReplayEventError } from './expand';

/** Sites this version can describe. Zoom and Teams join when their players exist. */
export const REPLAY_SITES = ['google-meet', 'zoom', 'teams'] as const satisfies readonly SiteId[];
export type ReplaySite = (typeof REPLAY_SITES)[number];

/** The host each site's meetings live on; a replay must use it or the content script would never run. */
/** Where each site's call pages live; a replay opens its meeting URL, so it must be one the extension runs on. */
const SITE_URLS: Record<ReplaySite, { example: string; test(url: URL): boolean }> = {
  'google-meet': { example: 'https://meet.google.com/…', test: (url) => siteOfHost(url.host) === 'google-meet' },
  zoom: { example: 'https://app.zoom.us/wc/…', test: (url) => siteOfHost(url.host) === 'zoom' && url.pathname.startsWith('/wc/') },
  teams: { example: 'https://teams.microsoft.com/…', test: (url) => siteOfHost(url.host) === 'teams' },
};

/** Every event carries exactly one of these (the schema enforces "exactly one"). */
interface Timed {
  /** Milliseconds since the start of the replay. */
  t?: number;
  /** Milliseconds after the previous event ends (a `say` ends at its last edit). */
  after?: number;
}

export interface CaptionsEvent extends Timed {
  op: 'captions';
  on: boolean;
}
export interface ShowEvent extends Timed {
  op: 'show';
  block: string;
  /** Required when the block is not on screen (the show creates it); may be omitted on updates. */
  speaker?: string | null;
  /** The local user: Meet names the block "You". */
  self?: boolean;
  text: string;
}
export interface RemoveEvent extends Timed {
  op: 'remove';
  block: string;
}
export interface ReplaceRegionEvent extends Timed {
  op: 'replace-region';
}
export interface LeaveEvent extends Timed {
  op: 'leave';
}
/** The local user starts (on: true) or stops presenting: Meet shows its "stop presenting" control meanwhile. */
export interface PresentEvent extends Timed {
  op: 'present';
  on: boolean;
}
export interface Mishear {
  /** What the captions show first. */
  heard: string;
  /** The words of `text` (whole words, exactly as written there) that `heard` is corrected to. */
  meant: string;
}
export interface SayEvent extends Timed {
  op: 'say';
  block: string;
  speaker: string | null;
  self?: boolean;
  text: string;
  /** Speaking rate in words per minute; 165 when absent. */
  wpm?: number;
  mishear?: Mishear[];
}

export type ReplayEvent = CaptionsEvent | ShowEvent | RemoveEvent | ReplaceRegionEvent | LeaveEvent | PresentEvent | SayEvent;

export interface Replay {
  /** Lets editors find docs/replay.schema.json; ignored by players. */
  $schema?: string;
  format: 'candor-replay';
  version: 1;
  site: ReplaySite;
  meetingUrl: string;
  title?: string;
  description?: string;
  /** When a new block makes more than this many visible, the oldest is removed; 4 when absent. */
  visibleBlocks?: number;
  events: ReplayEvent[];
}

/**
 * What players apply to the page (the output of `expandReplay`): only low-level ops, each at an absolute
 * time in ms, in non-decreasing order. A `show` carries `speaker` (and `self` when given) only when it
 * creates its block.
 */
export type LowLevelEvent =
  | { t: number; op: 'captions'; on: boolean }
  | { t: number; op: 'show'; block: string; speaker?: string | null; self?: boolean; text: string }
  | { t: number; op: 'remove'; block: string }
  | { t: number; op: 'replace-region' }
  | { t: number; op: 'leave' }
  | { t: number; op: 'present'; on: boolean };

// ---- schema -------------------------------------------------------------------------------------------

const EVENT_OPS = ['captions', 'show', 'remove', 'replace-region', 'leave', 'present', 'say'] as const;

/** Unknown fields are errors, not silently ignored: a misspelt "speeker" would otherwise vanish. */
const strict = <E extends v.ObjectEntries>(entries: E) =>
  v.strictObject(entries, (issue) => {
    if (issue.expected === 'never') return `unknown field (allowed: ${Object.keys(entries).join(', ')})`;
    return issue.expected === 'Object' ? 'expected an object' : 'missing required field';
  });
const text = () => v.string('expected a string');
const nonEmptyText = () => v.pipe(text(), v.nonEmpty('expected a non-empty string'));
const flag = () => v.boolean('expected true or false');
const millis = () =>
  v.pipe(
    v.number('expected a number of milliseconds'),
    v.integer('expected a whole number of milliseconds'),
    v.minValue(0, 'expected 0 or more milliseconds'),
  );
const blockId = () => v.pipe(v.string('expected a block id (string)'), v.nonEmpty('expected a non-empty block id'));
const speaker = () => v.nullable(v.pipe(v.string('expected a name or null'), v.nonEmpty('expected a non-empty name or null')));

/** One op's fields plus the timing rule shared by all events. */
function event<E extends v.ObjectEntries>(entries: E) {
  return v.pipe(
    strict({ t: v.exactOptional(millis()), after: v.exactOptional(millis()), ...entries }),
    v.check((e) => e.t === undefined || e.after === undefined, 'give either t or after, not both'),
    v.check(
      (e) => e.t !== undefined || e.after !== undefined,
      'needs a time: t (ms since start) or after (ms after the previous event ends)',
    ),
  );
}
const op = <K extends (typeof EVENT_OPS)[number]>(name: K) => v.literal(name);

const mishearSchema = v.pipe(
  strict({ heard: nonEmptyText(), meant: nonEmptyText() }),
  v.check((m) => m.heard !== m.meant, 'heard and meant are the same, so there is nothing to correct'),
);

const eventSchema = v.variant(
  'op',
  [
    event({ op: op('captions'), on: flag() }),
    event({ op: op('show'), block: blockId(), speaker: v.exactOptional(speaker()), self: v.exactOptional(flag()), text: text() }),
    event({ op: op('remove'), block: blockId() }),
    event({ op: op('replace-region') }),
    event({ op: op('leave') }),
    event({ op: op('present'), on: flag() }),
    event({
      op: op('say'),
      block: blockId(),
      speaker: speaker(),
      self: v.exactOptional(flag()),
      text: v.pipe(text(), v.regex(/\S/u, 'expected words to say')),
      wpm: v.exactOptional(
        v.pipe(
          v.number('expected words per minute'),
          v.minValue(60, 'expected 60 to 400 words per minute'),
          v.maxValue(400, 'expected 60 to 400 words per minute'),
        ),
      ),
      mishear: v.exactOptional(v.array(mishearSchema, 'expected an array of { heard, meant }')),
    }),
  ],
  (issue) =>
    issue.expected === 'Object'
      ? 'expected an event object'
      : issue.received === 'undefined'
        ? `missing op (one of ${EVENT_OPS.join(', ')})`
        : `unknown op ${issue.received} (expected one of ${EVENT_OPS.join(', ')})`,
);

export const replaySchema = strict({
  $schema: v.exactOptional(text()),
  format: v.literal('candor-replay', 'expected "candor-replay"'),
  version: v.literal(1, (issue) => `unsupported version ${issue.received} (this build reads version 1)`),
  site: v.picklist(REPLAY_SITES, (issue) => `unsupported site ${issue.received} (expected ${REPLAY_SITES.join(', ')})`),
  meetingUrl: v.pipe(text(), v.url('expected an absolute URL')),
  title: v.exactOptional(text()),
  description: v.exactOptional(text()),
  visibleBlocks: v.exactOptional(
    v.pipe(v.number('expected a number'), v.integer('expected a whole number'), v.minValue(1, 'expected 1 or more')),
  ),
  events: v.pipe(v.array(eventSchema, 'expected an array of events'), v.minLength(1, 'expected at least one event')),
});

// ---- parsing ------------------------------------------------------------------------------------------

/** `events[12].text` from valibot's path items. */
function jsonPath(path: readonly { key: unknown }[] | undefined): string {
  let out = '';
  for (const item of path ?? []) {
    out += typeof item.key === 'number' ? `[${item.key}]` : `${out === '' ? '' : '.'}${String(item.key)}`;
  }
  return out;
}

/**
 * Validates a parsed replay file. Throws an Error whose message starts with the file name and the JSON path
 * of the first problem, e.g. `meet-demo.json: events[12].text: expected a string`.
 */
export function parseReplay(json: unknown, fileName: string): Replay {
  const result = v.safeParse(replaySchema, json, { abortEarly: true });
  if (!result.success) {
    const issue = result.issues[0];
    const path = jsonPath(issue.path);
    throw new Error(`${fileName}: ${path === '' ? '' : `${path}: `}${issue.message}`);
  }
  // The annotation makes the compiler prove the schema's output fits the hand-written types.
  const replay: Replay = result.output;

  const site = SITE_URLS[replay.site];
  const url = new URL(replay.meetingUrl);
  if (url.protocol !== 'https:' || !site.test(url)) {
    throw new Error(`${fileName}: meetingUrl: expected an ${site.example} address for site ${replay.site}`);
  }
  try {
    expandReplay(replay);
  } catch (error) {
    if (error instanceof ReplayEventError) throw new Error(`${fileName}: ${error.message}`, { cause: error });
    throw error;
  }
  return replay;
}
