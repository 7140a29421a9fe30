/**
 * Transcript import in the review page's code (run in Node: Blob streams are the same), and the JSON export
 * round trip: export then import gives the same call.
 */
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCallBundle, writeCallBundle } from '../../../src/storage/call-archive';
import { openCandorDb } from '../../../src/storage/calls-db';
import { bundleFromJson, callToJson } from '../../../src/ui/review/call-json';
import { callToMarkdown } from '../../../src/ui/review/call-markdown';
import { reviewStoredCall } from '../../../src/ui/review/call-review';
import { importedBundle, importedCall, parseImportFile, type ImportFile, type ParsedFile } from '../../../src/ui/review/transcript-import';

const fixtures = resolve(import.meta.dirname, '../../fixtures/transcripts');

function fileOf(name: string, content: string | Uint8Array<ArrayBuffer>, lastModified = Date.UTC(2026, 2, 3, 15)): ImportFile {
  const blob = new Blob([content]);
  return { name, size: blob.size, lastModified, stream: () => blob.stream(), text: () => blob.text() };
}

async function transcript(name: string, content: string | Uint8Array<ArrayBuffer>): Promise<Extract<ParsedFile, { kind: 'transcript' }>> {
  const parsed = await parseImportFile(fileOf(name, content));
  if (parsed.kind !== 'transcript') throw new Error('expected a transcript');
  return parsed;
}

describe('transcript import', () => {
  const samples = readdirSync(fixtures).filter((f) => !f.endsWith('.md'));

  it.each(samples)('imports %s with the rep named, and reviews it like the CLI would', async (name) => {
    const parsed = await transcript(name, readFileSync(resolve(fixtures, name), 'utf8'));
    expect(parsed.utterances.length).toBeGreaterThan(5);
    expect(parsed.speakers.length).toBeGreaterThanOrEqual(2);
    const rep = parsed.speakers[0] ?? '';
    const bundle = importedBundle(parsed, rep, `import-${name}`);
    expect(bundle.utterances.some((u) => u.role === 'rep')).toBe(true);
    expect(bundle.utterances.some((u) => u.role === 'prospect')).toBe(true);
    expect(bundle.call.summary?.utterances).toBe(parsed.utterances.length);
    expect(bundle.call.source).toMatchObject({ kind: 'import', fileName: name });
    expect(reviewStoredCall(bundle).review.talk.repShare).toBeGreaterThan(0);
  });

  it('reads CRLF, a BOM and (Guest) suffixes', async () => {
    const parsed = await transcript('call.txt', '\uFEFFSam Lee: What brings you here?\r\nDana Ruiz (Guest): Invoices take us days.\r\n');
    expect(parsed.speakers).toEqual(['Sam Lee', 'Dana Ruiz']);
    expect(parsed.utterances[0]?.text).toBe('What brings you here?');
  });

  it('reads a transcript saved as UTF-16 with a byte order mark (Notepad\'s "Unicode"), not calling it binary', async () => {
    const text = '\uFEFFSam Lee: What brings you here?\r\nDana Ruiz: Invoices take us days.\r\n';
    const le = new Uint8Array([...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
    const be = new Uint8Array([...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]));
    for (const bytes of [le, be]) {
      const parsed = await transcript('call.txt', bytes);
      expect(parsed.utterances.map((u) => [u.speaker, u.text])).toEqual([
        ['Sam Lee', 'What brings you here?'],
        ['Dana Ruiz', 'Invoices take us days.'],
      ]);
    }
  });

  it('a line of words ending in two spaces and a time, among "Name: text" turns, is not an Otter speaker heading', async () => {
    const parsed = await transcript('call.txt', 'Tom Becker: Sure.\nSay Tuesday at  10:30\nPriya Raman: Great, and the price?\nTom Becker: Too high for us.\n');
    expect(parsed.speakers).toEqual(['Tom Becker', 'Priya Raman']);
    expect(parsed.utterances.map((u) => u.speaker)).toEqual(['Tom Becker', 'Priya Raman', 'Tom Becker']);
  });

  it("offers the speakers of an Otter export that opens with its title and speakers, not \"Title\" and \"Speakers\"", async () => {
    const otter = 'Title: Invoice automation intro\nSpeakers: Sam Lee, Dana Ruiz\n\nSam Lee  0:04  \nHow do you handle invoices?\n\nDana Ruiz  0:09  \nBy hand.\n';
    const parsed = await transcript('otter.txt', otter);
    expect(parsed.speakers).toEqual(['Sam Lee', 'Dana Ruiz']);
    expect(parsed.utterances.map((u) => [u.speaker, u.text, u.start])).toEqual([
      ['Sam Lee', 'How do you handle invoices?', 4],
      ['Dana Ruiz', 'By hand.', 9],
    ]);
  });

  it('the rep named as the command line takes --me ("(Guest)", odd spaces, any case) is the rep, marked as you', async () => {
    const parsed = await transcript('call.txt', 'Dana Smith (Guest): What brings you here?\nTom Becker: Invoices take us days.\n');
    for (const rep of ['Dana Smith (Guest)', '  dana\tSMITH ']) {
      const bundle = importedBundle(parsed, rep, 'c');
      expect(bundle.call.participants).toEqual([
        { name: 'Dana Smith', isSelf: true, side: 'ours' },
        { name: 'Tom Becker', isSelf: false, side: 'theirs' },
      ]);
    }
  });

  it('gives clear errors naming the file and line, and stores nothing', async () => {
    await expect(parseImportFile(fileOf('call.vtt', 'hello\nworld'))).rejects.toThrow('call.vtt: line 1: not a WebVTT file');
    await expect(parseImportFile(fileOf('call.jsonl', '{"id":"a","role":"rep","text":"hi"}\n{"id":"b","text":"x"}\n'))).rejects.toThrow('call.jsonl: line 2: field "role"');
    // A clock time where seconds from the start belong put the call's date out of a Date's range ("Invalid Date").
    await expect(parseImportFile(fileOf('call.jsonl', '{"id":"a","role":"rep","text":"hi","t":1e300}\n'))).rejects.toThrow('call.jsonl: line 1: field "t" is 1e+300: it is seconds from the start of the call');
    await expect(parseImportFile(fileOf('call.txt', new Uint8Array([0x48, 0x00, 0x49])))).rejects.toThrow('call.txt: this is a binary file');
    await expect(parseImportFile(fileOf('call.txt', new Uint8Array([0x48, 0xff, 0xfe, 0x49])))).rejects.toThrow('call.txt: not UTF-8');
    // Bytes that are neither text nor UTF-8 (a zip, an image) are binary, as `candor review` says: not a file
    // to save again as UTF-8.
    await expect(parseImportFile(fileOf('binary.txt', new Uint8Array([0x7b, 0x00, 0x01, 0x02, 0xff, 0x00])))).rejects.toThrow('binary.txt: this is a binary file');
    await expect(parseImportFile(fileOf('call.txt', ''))).rejects.toThrow('call.txt: the file is empty');
    await expect(parseImportFile(fileOf('call.docx', 'PK stuff'))).rejects.toThrow('unsupported format');
    // A real .docx is a zip, with 0 bytes in its first ten: it was called "a binary file", without saying what to do.
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00]);
    await expect(parseImportFile(fileOf('Teams call.docx', zip))).rejects.toThrow('Teams call.docx: unsupported format: save the transcript as .vtt');
    await expect(parseImportFile(fileOf('call.json', '{"format":"candor-call","version":1,"call":{}}'))).rejects.toThrow('call.json: field "call.callId"');
    const parsed = await transcript('plain.txt', 'Sam: hi\nDana: hello\n');
    expect(() => importedBundle(parsed, 'Nobody', 'x')).toThrow('plain.txt: say who the rep is (speakers: Sam, Dana)');
  });

  it('a CRLF split between two chunks of the stream is one line end, not a blank line that ends the cue', async () => {
    const text = 'WEBVTT\r\n\r\n1\r\n00:00:01.000 --> 00:00:04.000\r\nSam: How do you handle invoices today?\r\n\r\n2\r\n00:00:05.000 --> 00:00:08.000\r\nDana: By hand, it takes days.\r\n';
    const bytes = new TextEncoder().encode(text);
    // Blob streams hand over 64 KiB chunks in the browser; in a big CRLF file one ends between "\r" and "\n" sooner or later.
    const cut = text.indexOf('\r\nSam') + 1;
    const file: ImportFile = {
      name: 'crlf.vtt', size: bytes.length, lastModified: 0, text: async () => text,
      stream: () => new ReadableStream<Uint8Array>({ start(c) { c.enqueue(bytes.slice(0, cut)); c.enqueue(bytes.slice(cut)); c.close(); } }),
    };
    const parsed = await parseImportFile(file);
    expect(parsed.kind === 'transcript' && parsed.utterances.map((u) => [u.speaker, u.text, u.line])).toEqual([
      ['Sam', 'How do you handle invoices today?', 4],
      ['Dana', 'By hand, it takes days.', 8],
    ]);
  });

  it('JSON lines whose ids repeat are refused naming the line (stored calls key utterances by id)', async () => {
    const jsonl = ['{"id":"u1","role":"rep","text":"What brings you here?"}', '{"id":"u2","role":"buyer","text":"Invoices take days."}', '{"id":"u1","role":"rep","text":"How many a month?"}'].join('\n');
    await expect(parseImportFile(fileOf('call.jsonl', jsonl))).rejects.toThrow('call.jsonl: line 3: id "u1" is already used on line 1');
    const json = JSON.stringify([{ id: 'a', role: 'rep', text: 'hi' }, { id: 'a', role: 'buyer', text: 'hello' }]);
    await expect(parseImportFile(fileOf('call.json', json))).rejects.toThrow('call.json: item 2: id "a" is already used on item 1');
  });

  it('says how far over the limit a file is without calling 200.4 MB "200 MB, over the 200 MB limit"', async () => {
    const file: ImportFile = { ...fileOf('big.vtt', 'WEBVTT'), size: 200 * 1024 * 1024 + 400_000 };
    await expect(parseImportFile(file)).rejects.toThrow('big.vtt: the file is 200.4 MB, over the 200 MB limit');
  });

  it('a turn saved as one very long line (a paragraph with no line breaks) keeps its speaker', async () => {
    // Matching the speaker with a pattern that ran over the whole line overflowed the regex engine's stack on a
    // 10 MB line: the import failed with "Maximum call stack size exceeded" instead of reading a plain file.
    const words = 'and then we reconcile every invoice by hand '.repeat(250_000);
    for (const first of [`Tom Becker: ${words}`, `[00:00:05] Tom Becker: ${words}`]) {
      const parsed = await transcript('long.txt', `${first}\nPriya Raman: How long does that take?\n`);
      expect(parsed.utterances.map((u) => [u.speaker, u.text.length])).toEqual([
        ['Tom Becker', words.trim().length],
        ['Priya Raman', 'How long does that take?'.length],
      ]);
    }
  });

  it("shows a transcript's lines and moments at the file's own times, the times of the recording", async () => {
    // A Zoom recording started before anyone spoke: its transcript begins at 5:00. The page counted from the first
    // words (0:00, 0:05) while `candor review` and the recording the rep scrubs say 5:00, 5:05.
    const vtt = 'WEBVTT\n\n00:05:00.000 --> 00:05:04.000\nSam Lee: What made you take this call today?\n\n00:05:05.000 --> 00:05:12.000\nDana Ruiz: Honestly it is way too expensive for us.\n';
    const reviewed = importedCall(await transcript('late.vtt', vtt), 'Sam Lee', 'call-late');
    expect(reviewed.details.lines.map((l) => [l.start, l.end])).toEqual([[300, 304], [305, 312]]);
    expect(reviewed.review.moments.map((m) => m.at)).toEqual([300, 305]);
    expect(reviewed.details.objections.map((o) => o.at)).toEqual([305]);
    expect(reviewStoredCall(reviewed.bundle).details.lines[0]?.start).toBe(300);
  });

  it('reports progress and yields while reading a long file', async () => {
    const lines = ['WEBVTT', ''];
    for (let i = 0; i < 2_000; i += 1) {
      const t = i * 3.6;
      lines.push(String(i + 1), `${stamp(t)} --> ${stamp(t + 3)}`, `${i % 2 === 0 ? 'Sam' : 'Dana'}: line ${i} about invoices and approvals`, '');
    }
    const seen: number[] = [];
    const parsed = await parseImportFile(fileOf('long.vtt', lines.join('\n')), (f) => seen.push(f));
    expect(parsed.kind === 'transcript' && parsed.utterances.length).toBe(2_000);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toBe(1);
  });
});

function stamp(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = (seconds % 60).toFixed(3).padStart(6, '0');
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${s}`;
}

describe('export and import', () => {
  it('JSON: export then import gives the same call, notes and cards included', async () => {
    const parsed = await transcript('zoom.vtt', readFileSync(resolve(fixtures, 'zoom-cloud-recording.vtt'), 'utf8'));
    const original = importedBundle(parsed, parsed.speakers[0] ?? null, 'call-1');
    original.notes.push({ callId: 'call-1', target: '', text: 'Follow up on <b>pricing</b>', updatedAt: 5 });
    original.cards.push({ callId: 'call-1', id: 'validate-objection@x', nudgeId: 'validate-objection', title: 't', question: 'q', why: 'w', utteranceId: null, label: 'objection', evidence: null, shownAt: 7 });
    original.feedback.push({ callId: 'call-1', cardId: 'validate-objection@x', nudgeId: 'validate-objection', kind: 'helpful', at: 5 });
    const source = await openCandorDb('export-source');
    await writeCallBundle(source, original);
    const stored = await readCallBundle(source, 'call-1');
    const json = callToJson(stored!, 123);

    const target = await openCandorDb('export-target');
    const file = await parseImportFile(fileOf('call-1.json', json));
    expect(file.kind).toBe('export');
    if (file.kind !== 'export') return;
    await writeCallBundle(target, file.bundle);
    expect(await readCallBundle(target, 'call-1')).toEqual(stored);
    expect(JSON.parse(callToJson((await readCallBundle(target, 'call-1'))!, 123))).toEqual(JSON.parse(json));
  });

  it('rejects an export whose rows belong to another call, naming the field', () => {
    const value = JSON.parse(callToJson({ call: { callId: 'a', site: 'zoom', meetingCode: '', startedAt: 0, endedAt: null }, utterances: [], cards: [], notes: [{ callId: 'b', target: '', text: 'x', updatedAt: 0 }], feedback: [], bookmarks: [] }, 0)) as unknown;
    expect(() => bundleFromJson(value, 'a.json')).toThrow('a.json: field "notes.0.callId" must be "a"');
  });

  it('Markdown: decision first, measures with their defaults, untrusted text escaped', async () => {
    const parsed = await transcript('call.txt', 'Sam: What brings you here?\nDana: <img src=x onerror=alert(1)> our invoices take days | every month\nSam: What would success look like?\nDana: Let me think about it.\n');
    const md = callToMarkdown(reviewStoredCall(importedBundle(parsed, 'Sam', 'c')));
    expect(md.indexOf('## Decision: Unclear')).toBeLessThan(md.indexOf('## Measures'));
    expect(md).toContain('top performers ~43%');
    expect(md).not.toMatch(/(?<!\\)<img/u);
    expect(md).toContain('\\<img');
  });

  it('Markdown: a call note that starts like a heading, a list or a quote stays a paragraph of text', async () => {
    const parsed = await transcript('call.txt', 'Sam: What brings you here?\nDana: Invoices take days.\n');
    const notesSection = (note: string) => {
      const bundle = importedBundle(parsed, 'Sam', 'c');
      bundle.notes.push({ callId: 'c', target: '', text: note, updatedAt: 1 });
      const md = callToMarkdown(reviewStoredCall(bundle));
      return md.slice(md.indexOf('## Notes\n\n') + '## Notes\n\n'.length, md.indexOf('\n\n## Transcript'));
    };
    // Each of these, at the start of a line, is block markup in CommonMark (up to three leading spaces allowed).
    expect(notesSection('# Call the CFO first')).toBe('\\# Call the CFO first');
    expect(notesSection('   ## indented heading')).toBe('\\## indented heading');
    expect(notesSection('- ask about Lena')).toBe('\\- ask about Lena');
    expect(notesSection('+ budget')).toBe('\\+ budget');
    expect(notesSection('---')).toBe('\\---');
    expect(notesSection('1. budget 2. timing')).toBe('1\\. budget 2. timing');
    expect(notesSection('2) timing')).toBe('2\\) timing');
    expect(notesSection('> quote')).toBe('\\> quote');
    // Text that is not block markup is left as typed.
    expect(notesSection('Follow up #2 - next week')).toBe('Follow up #2 - next week');
    expect(notesSection('2026 budget is set')).toBe('2026 budget is set');
  });
});
