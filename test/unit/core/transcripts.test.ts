/**
 * The transcript parsers (src/core/transcripts) on the variations real exports have, fed line by line the way
 * the command line and the review page feed them.
 */
import { describe, expect, it } from 'vitest';
import { createParser, detectFormat } from '../../../src/core/transcripts/detect-format';
import type { TranscriptUtterance } from '../../../src/core/transcripts/transcript-types';

function parse(name: string, text: string): TranscriptUtterance[] {
  const out: TranscriptUtterance[] = [];
  let parser: ReturnType<typeof createParser> | null = null;
  text.split(/\r\n|\n|\r/u).forEach((line, i) => {
    if (parser === null) {
      if (line.trim() === '') return;
      parser = createParser(detectFormat(name, line, i + 1));
    }
    out.push(...parser.push(line, i + 1));
  });
  if (parser !== null) out.push(...(parser as ReturnType<typeof createParser>).end());
  return out;
}

const turns = (us: TranscriptUtterance[]) => us.map((u) => [u.speaker, u.text]);

describe('WebVTT cue text', () => {
  it('decodes the character references WebVTT requires for & and <, after tags are removed', () => {
    // A WebVTT writer must escape "&" and "<" in cue text (Teams writes "Q&amp;A"); read as typed, not as markup.
    const vtt = 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\n<v Sam>How do Q&amp;A sessions go &lt;b&gt;today&lt;/b&gt;?</v>\n\n2\n00:00:05.000 --> 00:00:08.000\n<v Dana>AT&amp;T&nbsp;does it by hand &gt; 2 days.</v>\n';
    expect(turns(parse('call.vtt', vtt))).toEqual([
      ['Sam', 'How do Q&A sessions go <b>today</b>?'],
      ['Dana', 'AT&T does it by hand > 2 days.'],
    ]);
  });

  it('drops WebVTT timestamp tags inside a cue', () => {
    const vtt = 'WEBVTT\n\n00:00:09.000 --> 00:00:10.000\n<v Sam><i>ok</i> then <00:00:09.500>go</v>\n';
    expect(turns(parse('call.vtt', vtt))).toEqual([['Sam', 'ok then go']]);
  });

  it('a continuation cue with a colon in it is not a new speaker when the file names speakers in <v> spans', () => {
    const vtt = 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\n<v Priya Raman>Here is the plan for the rollout.</v>\n\n2\n00:00:04.000 --> 00:00:09.000\nBottom line: we migrate your data for you in week one.\n\n3\n00:00:10.000 --> 00:00:12.000\n<v Tom Becker>Sounds good.</v>\n';
    expect(turns(parse('teams.vtt', vtt))).toEqual([
      ['Priya Raman', 'Here is the plan for the rollout. Bottom line: we migrate your data for you in week one.'],
      ['Tom Becker', 'Sounds good.'],
    ]);
  });

  it('reads timings without hours, with cue settings, and SRT timings without milliseconds', () => {
    const vtt = 'WEBVTT\nKind: captions\nLanguage: en\n\n00:01.000 --> 00:04.000 align:start position:10%\n<v Sam>hi there</v>\n';
    expect(parse('call.vtt', vtt).map((u) => [u.speaker, u.start, u.end])).toEqual([['Sam', 1, 4]]);
    const srt = '1\n00:00:01 --> 00:00:04\nSam: hi\n\n2\n01:00:05 --> 01:00:08\nDana: hello\n';
    expect(parse('call.srt', srt).map((u) => [u.speaker, u.start, u.end])).toEqual([['Sam', 1, 4], ['Dana', 3605, 3608]]);
  });

  it('a cue timing it cannot read is an error naming the line, not a cue silently dropped', () => {
    const vtt = 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\n<v Sam>hi</v>\n\n2\n00:00:05.000 -> 00:00:08.000\n<v Dana>We pay too much.</v>\n';
    expect(() => parse('call.vtt', vtt)).toThrow(expect.objectContaining({ line: 8, message: expect.stringMatching(/cue timing/u) }));
    const srt = '1\n00:00:01,000 --> 00:00:04,000\nSam: hi\n\n2\n0:0:05,000 --> later\nDana: We pay too much.\n';
    expect(() => parse('call.srt', srt)).toThrow(expect.objectContaining({ line: 6 }));
  });
});

describe('Google Meet transcript saved as text', () => {
  it('a title with a colon in it is not a speaker', () => {
    const txt = 'Discovery call: Acme – Transcript\n\nAttendees\nPriya Raman, Tom Becker\n\nTranscript\n\n00:00:00\n\nPriya Raman: Hi Tom.\nTom Becker: Hi Priya.\n';
    expect(turns(parse('meet.txt', txt))).toEqual([
      ['Priya Raman', 'Hi Tom.'],
      ['Tom Becker', 'Hi Priya.'],
    ]);
  });
});
