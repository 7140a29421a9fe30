/** The `candor` command as a user runs it: spawned with Node on the sample transcripts and on bad input. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'test/fixtures/transcripts');
const TMP = mkdtempSync(join(tmpdir(), 'candor-cli-'));

function candor(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/candor.js'), ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
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

  it('asks who the rep is when --me is missing or matches nobody', () => {
    expect(candor('review', join(FIXTURES, 'plain.txt')).stderr).toMatch(/--me NAME \(speakers: Priya Raman, Tom Becker\)/u);
    expect(candor('review', join(FIXTURES, 'plain.txt'), '--me', 'Nobody').code).toBe(64);
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

describe('candor on bad input: a clear error naming file and line, exit 2, no output', () => {
  const good = JSON.stringify({ id: 'a', role: 'rep', text: 'hi' });
  const cases: Array<[string, string, string | Buffer, RegExp]> = [
    ['a broken JSON line', 'broken.jsonl', `${good}\n{"id": "b", "role": "rep", "text": \n${good}\n`, /broken\.jsonl:2: not valid JSON/u],
    ['a missing field', 'missing.jsonl', `${good}\n${JSON.stringify({ id: 'b', text: 'x' })}\n`, /missing\.jsonl:2: field "role"/u],
    ['a missing text', 'notext.jsonl', `${JSON.stringify({ id: 'b', role: 'buyer' })}\n`, /notext\.jsonl:1: missing field "text"/u],
    ['a binary file', 'binary.jsonl', Buffer.from([0x7b, 0x00, 0x01, 0x02, 0xff, 0x00]), /binary\.jsonl: this is a binary file/u],
    ['a non-JSONL file', 'notes.jsonl', 'Priya: hello\n', /notes\.jsonl:1: expected one JSON object per line/u],
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
