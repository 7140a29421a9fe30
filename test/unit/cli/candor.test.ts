/** The `candor` command as a user runs it: spawned with Node on the sample transcripts and on bad input. */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { clock } from '../../../src/core/metrics/clock';
import { importedCall, parseImportFile } from '../../../src/ui/review/transcript-import';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'test/fixtures/transcripts');
const TMP = mkdtempSync(join(tmpdir(), 'candor-cli-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
// Each test starts Node a few times; on a loaded machine (other test files run beside this one) that alone can
// pass the default 5 s.
vi.setConfig({ testTimeout: 60_000 });

function candor(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/candor.js'), ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI with `input` piped to its stdin, as `cat f | candor …` does; TMPDIR is where it may spool. */
function candorFromPipe(input: string, tmp: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/candor.js'), ...args], { encoding: 'utf8', input, env: { ...process.env, TMPDIR: tmp }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI into a pipe whose reader goes away after the first bytes, as `| head -1` or quitting `less` does. */
function candorIntoClosedPipe(...args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/candor.js'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

function tmpFile(name: string, content: string | Buffer): string {
  const path = join(TMP, name);
  writeFileSync(path, content);
  return path;
}

describe('candor review on the meeting tools’ transcript exports', () => {
  it.each(['zoom-cloud-recording.vtt', 'teams-meeting-transcript.vtt', 'google-meet-transcript.txt', 'generic.srt', 'plain.txt'])(
    '%s: the same call reads the same way',
    (file) => {
      const r = candor('review', join(FIXTURES, file), '--me', 'Priya Raman', '--json');
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const review = JSON.parse(r.stdout) as {
        talk: { repShare: number };
        decision: { outcome: string };
        questions: { open: number; list: unknown[] };
        moments: Array<{ text: string; labels: Array<{ label: string }> }>;
      };
      expect(review.talk.repShare).toBeGreaterThan(0.3);
      expect(review.talk.repShare).toBeLessThan(0.6);
      // The buyer ends on "Let's do Tuesday, I'll send her the invite": a clear yes.
      expect(review.decision.outcome).toBe('clear_yes');
      expect(review.questions.open).toBeGreaterThanOrEqual(4);
      const budget = review.moments.find((m) => m.text.includes('more than we budgeted'));
      expect(budget?.labels.map((l) => l.label)).toContain('objection');
      // Teams splits one turn over several cues; it is still one moment, not fragments.
      expect(review.moments.some((m) => m.text.startsWith('what made you take'))).toBe(false);
    },
  );

  it('prints a readable review with the decision first', () => {
    const r = candor('review', join(FIXTURES, 'plain.txt'), '--me', 'priya raman');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]).toBe('Decision: clear yes (line L12)');
    expect(r.stdout).toContain('-> card: ');
  });

  it('handles a BOM, CRLF endings, (Guest) suffixes and cues with no speaker', () => {
    const vtt = '\uFEFFWEBVTT\r\n\r\n1\r\n00:00:01.000 --> 00:00:04.000\r\n<v Ana Lima>How are you handling invoices today?</v>\r\n\r\n2\r\n00:00:04.500 --> 00:00:09.000\r\n<v José Núñez (Guest)>Honestly it is way too expensive for us</v>\r\n\r\n3\r\n00:00:09.000 --> 00:00:12.000\r\nand we already use Tipalti.\r\n';
    const r = candor('review', tmpFile('bom.vtt', vtt), '--me', 'Ana Lima', '--json');
    expect(r.code).toBe(0);
    const review = JSON.parse(r.stdout) as { moments: Array<{ speaker: string; text: string; labels: Array<{ label: string }> }> };
    const buyer = review.moments.find((m) => m.speaker === 'José Núñez');
    expect(buyer?.text).toBe('Honestly it is way too expensive for us and we already use Tipalti.');
    expect(buyer?.labels.map((l) => l.label)).toEqual(expect.arrayContaining(['objection', 'alternative']));
  });

  it('reads a transcript saved as UTF-16 with a byte order mark, as the same file in UTF-8', () => {
    // Windows' Notepad saves "Unicode" as UTF-16: every other byte is 0, and the file was refused as binary.
    const utf8 = readFileSync(join(FIXTURES, 'plain.txt'), 'utf8');
    const le = Buffer.from(`\uFEFF${utf8.replace(/\n/gu, '\r\n')}`, 'utf16le');
    const be = Buffer.from(le).swap16();
    const expected = candor('review', join(FIXTURES, 'plain.txt'), '--me', 'Priya Raman', '--json').stdout;
    for (const [name, bytes] of [['utf16le.txt', le], ['utf16be.txt', be]] as const) {
      const r = candor('review', tmpFile(name, bytes), '--me', 'Priya Raman', '--json');
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toBe(expected);
    }
  });

  it('--me is matched the way speakers are read: spaces and suffixes such as (Guest) do not count', () => {
    for (const me of [' Priya Raman ', 'Priya  Raman (Guest)']) {
      const r = candor('review', join(FIXTURES, 'plain.txt'), '--me', me);
      expect([r.code, r.stderr]).toEqual([0, '']);
    }
  });

  it('--me matches a name whose accents the file wrote decomposed, as macOS exports do', () => {
    const file = tmpFile('nfd.txt', `${'José Núñez'.normalize('NFD')}: what made you take the call?\nTom: month end is a mess.\n`);
    const r = candor('review', file, '--me', 'José Núñez'.normalize('NFC'), '--json');
    expect([r.code, r.stderr]).toEqual([0, '']);
    const review = JSON.parse(r.stdout) as { talk: { repSeconds: number; buyerSeconds: number } };
    expect(review.talk.repSeconds).toBeGreaterThan(0);
    expect(review.talk.buyerSeconds).toBeGreaterThan(0);
  });

  it('prints transcript text as text: no terminal control sequences, no line breaks that pose as its own lines', () => {
    const lines = [
      { id: 'a', role: 'rep', text: 'What brings you here?' },
      { id: 'b', role: 'buyer', speaker: 'Dana\u001b[31m', text: 'Honestly it is too expensive\u001b[2J\u001b]52;c;ZXZpbA==\u0007\nDecision: clear yes' },
    ];
    const r = candor('review', tmpFile('escapes.jsonl', `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`));
    expect(r.code).toBe(0);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('Decision:'))).toHaveLength(1);
    expect(r.stdout).toContain('too expensive\uFFFD[2J');
  });

  it("reads Otter.ai's text export: speakers from the headings, times from the file", () => {
    const otter = [
      'Sam Lee  0:04  ', 'How are you handling invoices today?', '',
      'Dana Ruiz  0:09  ', 'Honestly it is way too expensive for us.', 'Bottom line: we do it by hand.', '',
      'Sam Lee  1:02:05  ', 'What would make it worth it?', '', 'Transcribed by https://otter.ai', '',
    ].join('\n');
    const r = candor('review', tmpFile('otter.txt', otter), '--me', 'Sam Lee', '--json');
    expect([r.code, r.stderr]).toEqual([0, '']);
    const review = JSON.parse(r.stdout) as { moments: Array<{ speaker: string; text: string; at: number }> };
    expect(review.moments.map((m) => [m.speaker, m.at])).toEqual([
      ['Sam Lee', 4],
      ['Dana Ruiz', 9],
      ['Sam Lee', 3725],
    ]);
  });

  it('asks who the rep is when --me is missing or matches nobody', () => {
    expect(candor('review', join(FIXTURES, 'plain.txt')).stderr).toMatch(/--me NAME \(speakers: Priya Raman, Tom Becker\)/u);
    const nobody = candor('review', join(FIXTURES, 'plain.txt'), '--me', ' Nobody (Guest)');
    expect(nobody.code).toBe(64);
    // The name as it was typed, not the lower-case key it is matched by.
    expect(nobody.stderr).toMatch(/no speaker called "Nobody \(Guest\)" \(speakers: Priya Raman, Tom Becker\)/u);
  });
});

describe('candor review of JSONL with no rep line', () => {
  it('says no line is the rep and that roles come from the file, not to use --me', () => {
    const file = tmpFile('allbuyer.jsonl', `${JSON.stringify({ id: 'a', role: 'buyer', speaker: 'Dana', text: 'hi' })}\n`);
    for (const args of [[], ['--me', 'Dana']]) {
      const r = candor('review', file, ...args);
      expect([r.code, r.stdout]).toEqual([64, '']);
      expect(r.stderr).toMatch(/allbuyer\.jsonl: no line has "role": "rep" \(or "seller"\)/u);
      expect(r.stderr).toMatch(/roles come from the file/u);
      expect(r.stderr).not.toMatch(/--me NAME|no speaker called/u);
    }
  });
});

describe('candor review says what the review page says about the same file', () => {
  interface Numbers {
    durationSeconds: number;
    talk: { repSeconds: number; buyerSeconds: number; repShare: number };
    questions: { open: number; closed: number };
    moments: Array<{ at: number }>;
    monologues: Array<{ start: number; end: number }>;
    callNudges: Array<{ id: string; at: number }>;
    decision: { outcome: string };
    discovery: { explored: string[] };
    nudgeUptake: unknown;
  }
  const at = (seconds: number) => seconds.toFixed(2);
  const numbers = (r: Numbers) => ({
    duration: r.durationSeconds.toFixed(2), rep: r.talk.repSeconds.toFixed(2), buyer: r.talk.buyerSeconds.toFixed(2), share: r.talk.repShare.toFixed(3),
    questions: [r.questions.open, r.questions.closed], moments: r.moments.length, outcome: r.decision.outcome, explored: r.discovery.explored, uptake: r.nudgeUptake,
    // The times a rep looks up in the recording: the same moment must be at the same time on both.
    momentTimes: r.moments.map((m) => at(m.at)), monologueTimes: r.monologues.map((m) => [at(m.start), at(m.end)]), cardTimes: r.callNudges.map((n) => [n.id, at(n.at)]),
  });
  async function page(path: string, rep: string) {
    const blob = new Blob([readFileSync(path)]);
    const name = path.split('/').pop() ?? path;
    const parsed = await parseImportFile({ name, size: blob.size, lastModified: 0, stream: () => blob.stream(), text: () => blob.text() });
    if (parsed.kind !== 'transcript') throw new Error('expected a transcript');
    return importedCall(parsed, rep, 'c').review;
  }
  const emptyLines = [
    { id: 'a', role: 'rep', text: 'How do you handle invoices today?' },
    { id: 'b', role: 'buyer', text: '' },
    { id: 'c', role: 'buyer', text: 'By hand, it takes my team two days every month.' },
    { id: 'd', role: 'rep', text: ' ' },
    { id: 'e', role: 'rep', text: '' },
    { id: 'f', role: 'rep', text: 'What does that cost you beyond the hours?' },
  ];

  const lateStart = [
    'WEBVTT', '',
    '00:05:00.000 --> 00:05:04.000', 'Priya Raman: What made you take this call today?', '',
    '00:05:05.000 --> 00:05:12.000', 'Tom Becker: Honestly it is way too expensive for us and we already use Tipalti.', '',
    '00:05:13.000 --> 00:06:40.000', 'Priya Raman: Let me walk you through the whole platform, the dashboard, the reports, the integrations and the pricing tiers in detail.', '',
    '00:06:41.000 --> 00:06:44.000', 'Tom Becker: Okay.', '',
  ].join('\n');

  it('prints a time past the first hour as the page does (1:02:05, not 62:05)', async () => {
    const vtt = 'WEBVTT\n\n01:02:05.000 --> 01:02:09.000\nPriya Raman: What made you take this call today?\n\n01:02:10.000 --> 01:02:14.000\nTom Becker: Honestly it is way too expensive.\n';
    const path = tmpFile('long-call.vtt', vtt);
    const r = candor('review', path, '--me', 'Priya Raman');
    expect(r.code).toBe(0);
    const pageTimes = (await page(path, 'Priya Raman')).moments.map((m) => clock(m.at));
    expect(pageTimes).toEqual(['1:02:05', '1:02:10']);
    for (const time of pageTimes) expect(r.stdout).toMatch(new RegExp(`^  ${time} `, 'mu'));
  });

  it('--me and the page\'s rep pick the same speaker however the name is written', async () => {
    // The CLI read --me as speakers are read (suffixes such as "(Guest)" dropped, spaces tidied) and the page only
    // trimmed the name: "Priya  Raman (Guest)" was the rep in `candor review` and no one on the page.
    const path = join(FIXTURES, 'plain.txt');
    for (const me of ['Priya  Raman (Guest)', ' priya raman ', 'Priya\u00a0Raman']) {
      const r = candor('review', path, '--me', me, '--json');
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(numbers(JSON.parse(r.stdout) as Numbers)).toEqual(numbers(await page(path, me)));
    }
  });

  it('a "Name: text" file with a line ending in two spaces and a time keeps its speakers, on both', async () => {
    // Such a line was read as an Otter heading ("Name  0:03") and every line after it went to a speaker
    // called "Say Tuesday at": the rep could not be named, and the page and the CLI both lost the real speakers.
    const path = tmpFile('tuesday.txt', 'Tom Becker: Sure.\nSay Tuesday at  10:30\nPriya Raman: Great, and the price?\nTom Becker: Honestly it is way too expensive for us.\n');
    expect(candor('review', path, '--me', 'Nobody').stderr).toMatch(/\(speakers: Tom Becker, Priya Raman\)$/mu);
    const r = candor('review', path, '--me', 'Priya Raman', '--json');
    expect([r.code, r.stderr]).toEqual([0, '']);
    const cli = JSON.parse(r.stdout) as Omit<Numbers, 'moments'> & { moments: Array<{ at: number; speaker: string; text: string }> };
    expect(cli.moments.find((m) => m.text.includes('too expensive'))?.speaker).toBe('Tom Becker');
    expect(numbers(cli)).toEqual(numbers(await page(path, 'Priya Raman')));
  });

  // Two people talking over each other: Teams writes one cue with a <v> span for each.
  const overlap = [
    'WEBVTT', '',
    '00:00:01.000 --> 00:00:05.000', '<v Priya Raman>What made you take this call today?</v>', '',
    '00:00:05.000 --> 00:00:09.000', '<v Tom Becker>Honestly it is way too expensive for us.</v>', '<v Priya Raman>Is that per seat?</v>', '',
    '00:00:10.000 --> 00:00:13.000', '<v Tom Becker>Yes, per seat.</v> <v Priya Raman>Where does this leave you?</v>', '',
    '00:00:14.000 --> 00:00:18.000', "<v Tom Becker>Okay, let's do it. Send me the contract.</v>", '',
  ].join('\n');

  const sameFiles = [
    ...['zoom-cloud-recording.vtt', 'teams-meeting-transcript.vtt', 'google-meet-transcript.txt', 'generic.srt', 'plain.txt'].map((f) => join(FIXTURES, f)),
    // Lines with no words (a caption that was never finished) are left out of a stored call's review; the CLI
    // counted each as 0.4 s of talk and as the context of the next line.
    tmpFile('empty-lines.jsonl', `${emptyLines.map((l) => JSON.stringify(l)).join('\n')}\n`),
    // A recording whose transcript starts five minutes in, with a monologue past the threshold: the page counted
    // from the first words (0:00, 0:05...) while the CLI and the recording say 5:00, 5:05...
    tmpFile('late-start.vtt', lateStart),
    tmpFile('overlap.vtt', overlap),
  ].map((path) => [path.split('/').pop() ?? path, path] as const);

  it.each(sameFiles)('%s', async (_name, path) => {
    const r = candor('review', path, '--me', 'Priya Raman', '--json');
    expect(r.stderr).toBe('');
    expect(numbers(JSON.parse(r.stdout) as Numbers)).toEqual(numbers(await page(path, 'Priya Raman')));
  });

  it.each(sameFiles)('%s: the same lines have the same ids, so the deciding line is the same line', async (_name, path) => {
    // `decidedBy`, a moment's id and a monologue's lines name an utterance by id. The page numbered them
    // "L12-2" and the CLI "L12", so an id from `--json` named no line of the same call on the page.
    type Ids = { moments: Array<{ id: string }>; questions: { list: Array<{ id: string }> }; monologues: Array<{ utteranceIds: string[] }>; decision: { decidedBy: string | null } };
    const ids = (r: Ids) => ({
      moments: r.moments.map((m) => m.id), questions: r.questions.list.map((q) => q.id), monologues: r.monologues.map((m) => m.utteranceIds), decidedBy: r.decision.decidedBy,
    });
    const cli = JSON.parse(candor('review', path, '--me', 'Priya Raman', '--json').stdout) as Ids;
    expect(ids(cli)).toEqual(ids(await page(path, 'Priya Raman')));
    expect(cli.moments.length).toBeGreaterThan(0);
  });

  it('a cue with two voices gives each voice its own words, time and id, on both', async () => {
    const path = tmpFile('overlap.vtt', overlap);
    const r = candor('review', path, '--me', 'Priya Raman', '--json');
    expect([r.code, r.stderr]).toEqual([0, '']);
    type Review = { moments: Array<{ id: string; speaker: string; text: string; at: number }>; questions: { list: Array<{ text: string }> }; decision: { decidedBy: string | null } };
    for (const review of [JSON.parse(r.stdout) as Review, await page(path, 'Priya Raman')]) {
      // Priya's questions were Tom's words ("...too expensive for us. Is that per seat?"): the rep asked nothing
      // after the opener, and Tom's objection ran on into her question.
      expect(review.moments.map((m) => [m.id, m.speaker, m.text])).toEqual([
        ['L3', 'Priya Raman', 'What made you take this call today?'],
        ['L6', 'Tom Becker', 'Honestly it is way too expensive for us.'],
        ['L6-2', 'Priya Raman', 'Is that per seat?'],
        ['L10-2', 'Priya Raman', 'Where does this leave you?'],
        ['L13', 'Tom Becker', "Okay, let's do it. Send me the contract."],
      ]);
      expect(review.questions.list.map((q) => q.text)).toEqual(['What made you take this call today?', 'Is that per seat?', 'Where does this leave you?']);
      // Her question comes after his eight words in the 4 s cue, not at its start.
      expect(review.moments[2]?.at).toBeCloseTo(5 + 4 * (8 / 12), 2);
      expect(review.decision.decidedBy).toBe('L13');
    }
  });
});

describe('candor classify', () => {
  it('labels each line in the context of the lines before it', () => {
    const lines = [
      { id: 'a', role: 'prospect', text: "honestly it's way too expensive for us" },
      { id: 'b', role: 'seller', text: "but it's barely used and you get what you pay for" },
      { id: 'c', role: 'buyer', speaker: 'Dana', text: 'can you see my screen', t: 12 },
    ];
    const r = candor('classify', tmpFile('calls.jsonl', `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`));
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; labels: Array<{ label: string; confidence: number; evidence: string }> });
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 'c']);
    expect(out[0]?.labels[0]).toMatchObject({ label: 'objection', evidence: 'too expensive' });
    expect(out[1]?.labels.map((l) => l.label)).toContain('counter');
    expect(out[2]?.labels).toEqual([]);
  });
});

describe('candor when its output cannot be written', () => {
  // Enough lines that the output overflows the pipe's buffer after its reader has gone.
  const manyLines = () => tmpFile('many.jsonl', Array.from({ length: 1500 }, (_, i) => JSON.stringify({ id: `u${i}`, role: i % 2 ? 'rep' : 'buyer', text: 'what made you take the call?' })).join('\n'));

  it('stops quietly with exit 0 when the reader closes the pipe early, as `| head -1` does', async () => {
    const r = await candorIntoClosedPipe('classify', manyLines());
    expect([r.code, r.stderr]).toEqual([0, '']);
  });

  it.runIf(existsSync('/dev/full'))('says in one line that the disk is full, exit non-zero, no stack trace', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [join(ROOT, 'bin/candor.js'), 'review', join(FIXTURES, 'plain.txt'), '--me', 'Priya Raman'], { encoding: 'utf8', stdio: ['ignore', full, 'pipe'] });
      expect(r.status).toBe(74);
      expect(r.stderr).toBe('candor: cannot write the output: no space left on device\n');
    } finally {
      closeSync(full);
    }
  });
});

describe('candor reading a pipe', () => {
  it('review reads - and /dev/stdin, detecting the format from the content', () => {
    const expected = candor('review', join(FIXTURES, 'zoom-cloud-recording.vtt'), '--me', 'Priya Raman', '--json').stdout;
    const vtt = readFileSync(join(FIXTURES, 'zoom-cloud-recording.vtt'), 'utf8');
    const dash = candorFromPipe(vtt, TMP, 'review', '-', '--me', 'Priya Raman', '--json');
    expect([dash.code, dash.stderr, dash.stdout]).toEqual([0, '', expected]);
    // Through a shell pipe, as users type it: node's own stdin pipe is a socket, which /dev/stdin cannot reopen.
    const shell = spawnSync('sh', ['-c', 'cat "$1" | "$0" "$2" review /dev/stdin --me "Priya Raman" --json', process.execPath, join(FIXTURES, 'zoom-cloud-recording.vtt'), join(ROOT, 'bin/candor.js')], { encoding: 'utf8' });
    expect([shell.status, shell.stderr, shell.stdout]).toEqual([0, '', expected]);
  });

  it('classify reads -, still writes nothing unless the whole input is good, and leaves no temporary file', () => {
    const lines = [{ id: 'a', role: 'prospect', text: "honestly it's way too expensive for us" }, { id: 'b', role: 'rep', text: 'what would make it worth it?' }].map((l) => JSON.stringify(l));
    const spool = mkdtempSync(join(tmpdir(), 'candor-spool-'));
    const good = candorFromPipe(`${lines.join('\n')}\n`, spool, 'classify', '-');
    expect([good.code, good.stderr]).toEqual([0, '']);
    expect(good.stdout).toBe(candor('classify', tmpFile('piped.jsonl', `${lines.join('\n')}\n`)).stdout);
    const broken = candorFromPipe(`${lines[0]}\n{"id": "c",\n${lines[1]}\n`, spool, 'classify', '-');
    expect([broken.code, broken.stdout]).toEqual([2, '']);
    expect(broken.stderr).toMatch(/^candor: stdin:2: not valid JSON/u);
    expect(readdirSync(spool).filter((f) => f.startsWith('candor'))).toEqual([]);
  });
});

describe('candor options', () => {
  it('refuses an unknown or mistyped option with exit 64, naming it and the valid ones', () => {
    const upper = candor('review', join(FIXTURES, 'plain.txt'), '--me', 'Priya Raman', '--JSON');
    expect([upper.code, upper.stdout]).toEqual([64, '']);
    expect(upper.stderr).toMatch(/unknown option --JSON for review \(options: --me, --json, --competitor\)/u);
    const classify = candor('classify', tmpFile('one.jsonl', `${JSON.stringify({ id: 'a', role: 'rep', text: 'hi' })}\n`), '--json');
    expect([classify.code, classify.stdout]).toEqual([64, '']);
    expect(classify.stderr).toMatch(/unknown option --json for classify \(it takes no options\)/u);
  });

  it('reads --opt=value as --opt value', () => {
    const spaced = candor('review', join(FIXTURES, 'plain.txt'), '--me', 'Priya Raman', '--json', '--competitor', 'Tipalti');
    const joined = candor('review', join(FIXTURES, 'plain.txt'), '--me=Priya Raman', '--json', '--competitor=Tipalti');
    expect([joined.code, joined.stderr]).toEqual([0, '']);
    expect(joined.stdout).toBe(spaced.stdout);
  });

  it('a flag given a value and an option missing its value are usage errors', () => {
    expect(candor('review', join(FIXTURES, 'plain.txt'), '--me', 'Priya Raman', '--json=yes').stderr).toMatch(/--json takes no value/u);
    expect(candor('review', join(FIXTURES, 'plain.txt'), '--me').code).toBe(64);
  });

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(candor('--version')).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('candor on bad input: a clear error naming file and line, exit 2, no output', () => {
  const good = JSON.stringify({ id: 'a', role: 'rep', text: 'hi' });
  const cases: Array<[string, string, string | Buffer, RegExp]> = [
    ['a broken JSON line', 'broken.jsonl', `${good}\n{"id": "b", "role": "rep", "text": \n${good}\n`, /broken\.jsonl:2: not valid JSON/u],
    ['a missing field', 'missing.jsonl', `${good}\n${JSON.stringify({ id: 'b', text: 'x' })}\n`, /missing\.jsonl:2: field "role"/u],
    ['a clock time for "t"', 'clock.jsonl', `${JSON.stringify({ id: 'b', role: 'buyer', text: 'x', t: 1_763_800_000 })}\n`, /clock\.jsonl:1: field "t" is 1763800000: it is seconds from the start/u],
    ['a missing text', 'notext.jsonl', `${JSON.stringify({ id: 'b', role: 'buyer' })}\n`, /notext\.jsonl:1: missing field "text"/u],
    ['a binary file', 'binary.jsonl', Buffer.from([0x7b, 0x00, 0x01, 0x02, 0xff, 0x00]), /binary\.jsonl: this is a binary file/u],
    ['a non-JSONL file', 'notes.jsonl', 'Priya: hello\n', /notes\.jsonl:1: expected one JSON object per line/u],
    // The last bytes of a cut-off "€": were dropped without a word.
    ['a file that ends inside a character', 'cut.jsonl', Buffer.concat([Buffer.from(`${good}\n`), Buffer.from([0xe2, 0x82])]), /cut\.jsonl: not UTF-8 text/u],
  ];
  it.each(cases)('classify: %s', (_what, name, content, message) => {
    const r = candor('classify', tmpFile(name, content));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('review: an unknown format and a Word document', () => {
    const vtt = candor('review', tmpFile('fake.vtt', 'hello there\n'), '--me', 'x');
    expect([vtt.code, vtt.stdout]).toEqual([2, '']);
    expect(vtt.stderr).toMatch(/fake\.vtt:1: not a WebVTT file/u);
    const docx = candor('review', tmpFile('call.docx', 'PK stuff that is not text'), '--me', 'x');
    expect(docx.stderr).toMatch(/call\.docx:1: unsupported format/u);
    // A real .docx is a zip, with 0 bytes in its first ten: it was called "a binary file", without saying what to do.
    const zip = candor('review', tmpFile('teams.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00])), '--me', 'x');
    expect([zip.code, zip.stdout]).toEqual([2, '']);
    expect(zip.stderr).toMatch(/teams\.docx:1: unsupported format: save the transcript as \.vtt/u);
  });

  it('review: JSON lines whose ids repeat, naming the line', () => {
    const lines = [{ id: 'u1', role: 'rep', text: 'What brings you here?' }, { id: 'u2', role: 'buyer', text: 'Invoices.' }, { id: 'u1', role: 'rep', text: 'How many?' }];
    const r = candor('review', tmpFile('dupes.jsonl', `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`));
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/dupes\.jsonl:3: id "u1" is already used on line 1/u);
  });

  it('review: a cue timing it cannot read, naming the line, instead of dropping the cue', () => {
    const vtt = 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\n<v Sam>How do you do it today?</v>\n\n2\n00:00:05.000 -> 00:00:08.000\n<v Dana>It is way too expensive.</v>\n';
    const r = candor('review', tmpFile('badtiming.vtt', vtt), '--me', 'Sam', '--json');
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/badtiming\.vtt:8: cannot read this cue timing/u);
  });

  it('refuses a file just over 200 MB without calling it "200 MB, over the 200 MB limit"', () => {
    const path = join(TMP, 'just-over.jsonl');
    writeFileSync(path, '');
    truncateSync(path, 200 * 1024 * 1024 + 400_000);
    expect(candor('classify', path).stderr).toMatch(/just-over\.jsonl: the file is 200\.4 MB, over the 200 MB limit/u);
  });

  it('refuses a file over 200 MB without reading it', () => {
    const path = join(TMP, 'huge.jsonl');
    writeFileSync(path, '');
    truncateSync(path, 201 * 1024 * 1024);
    const r = candor('classify', path);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/huge\.jsonl: the file is 201 MB, over the 200 MB limit/u);
  });

  it('a missing file and a missing argument', () => {
    expect(candor('classify', join(TMP, 'nope.jsonl')).stderr).toMatch(/nope\.jsonl: cannot read the file \(ENOENT\)/u);
    expect(candor('classify').code).toBe(64);
    expect(candor('--help').stdout).toMatch(/candor classify FILE\.jsonl/u);
  });
});
