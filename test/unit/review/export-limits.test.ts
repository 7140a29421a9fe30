/**
 * What the review page stores from a transcript can be exported and imported again: the import holds a file
 * to the limits the export's schema holds a call to, and refuses what is over them at once, naming the line,
 * as importing the export would refuse it.
 */
import { describe, expect, it } from 'vitest';
import { bundleFromJson, callToJson } from '../../../src/ui/review/call-json';
import { importCallId, importedBundle, parseImportFile, type ImportFile } from '../../../src/ui/review/transcript-import';

function fileOf(name: string, content: string): ImportFile {
  const blob = new Blob([content]);
  return { name, size: blob.size, lastModified: Date.UTC(2026, 2, 3, 15), stream: () => blob.stream(), text: () => blob.text() };
}

/** Imports the file as the page does (rep: the first speaker), exports the call and imports the export. */
async function roundTrip(name: string, content: string) {
  const parsed = await parseImportFile(fileOf(name, content));
  if (parsed.kind !== 'transcript') throw new Error('expected a transcript');
  const bundle = importedBundle(parsed, parsed.speakers[0] ?? null, importCallId(parsed));
  return { bundle, again: bundleFromJson(JSON.parse(callToJson(bundle, 1)), `${name}.json`) };
}

const turn = (chars: number) => 'word '.repeat(chars / 5).trim().padEnd(chars, 'x');
const cue = (n: number, voice: string, text: string) => `00:00:0${n}.000 --> 00:00:0${n + 1}.000\n<v ${voice}>${text}\n`;
const vtt = (rep: string) => `WEBVTT\n\n${cue(1, 'Sam Rivera', 'What brings you here?')}\n${cue(3, rep, 'Invoices take days.')}`;
const jsonl = (id: string) => `{"id":"${id}","role":"rep","text":"What brings you here?"}\n{"id":"b","role":"prospect","text":"Invoices."}\n`;

describe('limits of an imported transcript', () => {
  it.each([
    // A monologue on one line, as some tools save a transcript; the export refused anything over 20,000 characters.
    ['a turn of 100,000 characters', 'long.txt', `Sam Rivera: What brings you here?\nDana Ruiz: ${turn(100_000)}\n`],
    ['a <v> name at the limit', 'voice.vtt', vtt('D'.repeat(200))],
    ['a JSON lines id at the limit', 'ids.jsonl', jsonl('x'.repeat(200))],
  ])('%s: imported, exported and imported again, the same call', async (_, name, content) => {
    const { bundle, again } = await roundTrip(name, content);
    expect(again).toEqual(bundle);
  });

  it.each([
    ['a <v> name over the limit', 'voice.vtt', vtt('D'.repeat(201)), 'voice.vtt: line 6: a speaker name of 201 characters, over the limit of 200'],
    ['a JSON lines id over the limit', 'ids.jsonl', jsonl('x'.repeat(201)), 'ids.jsonl: line 1: an id of 201 characters, over the limit of 200'],
  ])('%s: refused when the file is read, naming the line, as importing its export would be', async (_, name, content, message) => {
    await expect(parseImportFile(fileOf(name, content))).rejects.toThrow(message);
  });

  it('refuses a file of more than 200,000 turns, as importing its export would', async () => {
    const lines = Array.from({ length: 200_001 }, (_, i) => (i % 2 === 0 ? 'Sam: Why?' : 'Dana: Cost.')).join('\n');
    await expect(parseImportFile(fileOf('many.txt', lines))).rejects.toThrow('many.txt: line 200001: more than 200,000 turns, over the limit for one call');
  });

  it('refuses a .json array item over a limit, naming the item', async () => {
    const items = JSON.stringify([{ id: 'a', role: 'rep', text: 'Hi?' }, { id: 'b', role: 'prospect', speaker: 'D'.repeat(201), text: 'Hello.' }]);
    await expect(parseImportFile(fileOf('call.json', items))).rejects.toThrow('call.json: item 2: a speaker name of 201 characters, over the limit of 200');
  });
});
