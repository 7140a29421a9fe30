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

/** The fastest of a few runs, in ms: the one least slowed by garbage collection or other work on the machine. */
function fastest(run: () => void, runs = 5): number {
  let best = Infinity;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

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

  it('a "<" that opens no tag is text: the words after it are kept, and a long cue of them reads in linear time', () => {
    // Cue text is untrusted and speech-to-text does not always escape "<". Stripping tags with a pattern that
    // looked past the next "<" for a ">" dropped every word up to the closing </v>, and on a cue with no ">" after
    // it took time growing with the square of the cue (a 600 KB cue took minutes).
    expect(turns(parse('call.vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Sam>if a <b then we wait, <i>really</i></v>\n'))).toEqual([['Sam', 'if a <b then we wait, really']]);
    const cue = (text: string) => `WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Sam>${text}\n`;
    const stray = 'if a <b then '.repeat(20_000).trim();
    expect(turns(parse('call.vtt', cue(stray)))).toEqual([['Sam', stray]]);
    // Timed against the same cue with no "<", on the same machine, not against a number of milliseconds that a
    // slow or busy CI machine can miss. Read in linear time, the stray "<"s cost a few times as much (3x here);
    // the quadratic scan took thousands of times as long at this size (seconds, against under a millisecond).
    const plain = stray.replaceAll('<', ' ');
    expect(fastest(() => parse('call.vtt', cue(stray)))).toBeLessThan(50 * fastest(() => parse('call.vtt', cue(plain))));
  });

  it('a cue holding two voices is two turns, each with its own speaker, sharing the cue\'s time in order', () => {
    // Teams writes one cue with a <v> span per voice when people talk over each other; all of it went to the
    // first voice, so the buyer's answer counted as the rep's talk (or the other way round).
    const vtt = [
      'WEBVTT', '',
      '00:00:01.000 --> 00:00:04.000', '<v Dana Whitfield>The plan is a hundred dollars.</v>', '',
      '00:00:05.000 --> 00:00:09.000', '<v Dana Whitfield>Is that per seat?</v>', '<v Tom Becker>Yes, per seat per month.</v>', '',
      '00:00:10.000 --> 00:00:12.000', '<v Tom Becker>Great.</v> <v Dana Whitfield>Good.</v>', '',
    ].join('\n');
    const us = parse('call.vtt', vtt);
    expect(turns(us)).toEqual([
      ['Dana Whitfield', 'The plan is a hundred dollars. Is that per seat?'],
      ['Tom Becker', 'Yes, per seat per month. Great.'],
      ['Dana Whitfield', 'Good.'],
    ]);
    // The cue's span is shared by words, in the order the voices speak: no turn ends before it starts, none
    // overlaps the next, and together they cover the cue.
    const [dana, tom, last] = us;
    expect([dana?.start, dana?.end]).toEqual([1, expect.closeTo(5 + 4 * (4 / 9), 3)]);
    expect([tom?.start, tom?.end]).toEqual([expect.closeTo(5 + 4 * (4 / 9), 3), 11]);
    expect([last?.start, last?.end]).toEqual([11, 12]);
  });

  it('a cue timing it cannot read is an error naming the line, not a cue silently dropped', () => {
    const vtt = 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\n<v Sam>hi</v>\n\n2\n00:00:05.000 -> 00:00:08.000\n<v Dana>We pay too much.</v>\n';
    expect(() => parse('call.vtt', vtt)).toThrow(expect.objectContaining({ line: 8, message: expect.stringMatching(/cue timing/u) }));
    const srt = '1\n00:00:01,000 --> 00:00:04,000\nSam: hi\n\n2\n0:0:05,000 --> later\nDana: We pay too much.\n';
    expect(() => parse('call.srt', srt)).toThrow(expect.objectContaining({ line: 6 }));
  });
});

describe('a colon in the words of a Zoom or SRT cue', () => {
  const srt = (...cues: string[]) => cues.map((text, i) => `${i + 1}\n00:00:${String(i * 3 + 1).padStart(2, '0')},000 --> 00:00:${String(i * 3 + 3).padStart(2, '0')},000\n${text}\n`).join('\n');

  it('a cue without a speaker that opens with a phrase and a colon continues the speaker, "Phrase:" and all', () => {
    // Tools that name the speaker only when it changes: the phrase before a colon was read as a new speaker
    // ("Bottom line", "Phrase") who took the words, and the talk time, of the person saying them.
    const file = srt(
      'Priya Raman: Here is the plan for the rollout.',
      'Bottom line: we migrate in May.',
      'Tom Becker: And the data?',
      'Priya Raman: We move it for you,',
      'and we keep your templates.',
      'Phrase: the thing we discussed stays as it is.',
      'Tom Becker: Good.',
    );
    expect(parse('call.srt', file).map((u) => [u.speaker, u.text, u.start, u.end])).toEqual([
      ['Priya Raman', 'Here is the plan for the rollout. Bottom line: we migrate in May.', 1, 6],
      ['Tom Becker', 'And the data?', 7, 9],
      ['Priya Raman', 'We move it for you, and we keep your templates. Phrase: the thing we discussed stays as it is.', 10, 18],
      ['Tom Becker', 'Good.', 19, 21],
    ]);
  });

  it('where speakers are named when they change, someone who speaks once with a full name is still a speaker', () => {
    const file = srt(
      'Priya Raman: Here is the plan for the rollout.',
      'Tom Becker: And the data?',
      'Priya Raman: We move it for you,',
      'and we keep your templates.',
      'Lena Park: Sorry, I have to drop.',
      'Tom Becker: No problem.',
      'Update: the pilot starts Monday.',
    );
    expect(turns(parse('call.srt', file))).toEqual([
      ['Priya Raman', 'Here is the plan for the rollout.'],
      ['Tom Becker', 'And the data?'],
      ['Priya Raman', 'We move it for you, and we keep your templates.'],
      ['Lena Park', 'Sorry, I have to drop.'],
      ['Tom Becker', 'No problem. Update: the pilot starts Monday.'],
    ]);
  });

  it('in captions that name no one, a phrase and a colon is not a speaker who takes the rest of the call', () => {
    const file = srt('So how do you handle invoices today?', 'Phrase: the thing we discussed last week.', 'We do it by hand, it takes two days.');
    expect(turns(parse('captions.srt', file))).toEqual([
      [null, 'So how do you handle invoices today? Phrase: the thing we discussed last week. We do it by hand, it takes two days.'],
    ]);
  });

  it('where every cue names its speaker (Zoom), someone who speaks once is a speaker; "Bottom line:" is still words', () => {
    // Zoom writes every cue as "Name: text", so a name seen once is someone who said one thing; a phrase written
    // the way a sentence starts is not, even there.
    const vtt = [
      'WEBVTT', '',
      '1', '00:00:01.000 --> 00:00:04.000', 'Priya Raman: Here is the plan.', '',
      '2', '00:00:04.000 --> 00:00:06.000', 'Tom Becker: Sounds good.', '',
      '3', '00:00:06.000 --> 00:00:08.000', 'Lena Park: Sorry, I have to drop.', '',
      '4', '00:00:08.000 --> 00:00:08.500', 'Anna van der Berg: Bye.', '',
      '5', '00:00:08.500 --> 00:00:11.000', 'Priya Raman: Bottom line: we migrate in May.', '',
      '6', '00:00:11.000 --> 00:00:14.000', 'Bottom line: we keep your templates.', '',
    ].join('\n');
    expect(turns(parse('zoom.vtt', vtt))).toEqual([
      ['Priya Raman', 'Here is the plan.'],
      ['Tom Becker', 'Sounds good.'],
      ['Lena Park', 'Sorry, I have to drop.'],
      ['Anna van der Berg', 'Bye.'],
      ['Priya Raman', 'Bottom line: we migrate in May. Bottom line: we keep your templates.'],
    ]);
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

describe('speaker names as directories write them', () => {
  it('reads "Last, First:" names (Zoom and Meet show a directory\'s display name as it is)', () => {
    const vtt = 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nRaman, Priya: What made you take the call?\n\n2\n00:00:05.000 --> 00:00:08.000\nBecker, Tom (Guest): Month end is a mess.\n\n3\n00:00:09.000 --> 00:00:12.000\nvan der Berg, Anna: Same for us.\n';
    expect(turns(parse('zoom.vtt', vtt))).toEqual([
      ['Raman, Priya', 'What made you take the call?'],
      ['Becker, Tom', 'Month end is a mess.'],
      ['van der Berg, Anna', 'Same for us.'],
    ]);
    expect(turns(parse('call.txt', 'Raman, Priya: Hi Tom.\nBecker, Tom: Hi Priya.\n'))).toEqual([
      ['Raman, Priya', 'Hi Tom.'],
      ['Becker, Tom', 'Hi Priya.'],
    ]);
  });

  it('a sentence with a comma before its colon is not a speaker', () => {
    const txt = [
      'Priya Raman: Here is the plan.',
      'Well, honestly: it depends on the volume.',
      'Okay, Tom: here is the thing.',
      'Thanks, Tom: that helps.',
      'So, to sum up: we migrate your data.',
      'Tom Becker: Sounds good.',
    ].join('\n');
    expect(turns(parse('call.txt', txt))).toEqual([
      ['Priya Raman', 'Here is the plan. Well, honestly: it depends on the volume. Okay, Tom: here is the thing. Thanks, Tom: that helps. So, to sum up: we migrate your data.'],
      ['Tom Becker', 'Sounds good.'],
    ]);
  });

  it('reads non-ASCII names with an ASCII colon; a full-width colon is not taken for a speaker', () => {
    expect(turns(parse('call.txt', '王伟: 你好。\nZoë Müller: Hallo.\n'))).toEqual([
      ['王伟', '你好。'],
      ['Zoë Müller', 'Hallo.'],
    ]);
    // In CJK text "：" also ends a clause inside a sentence ("问题是：" is "the problem is:"), so a name cannot be told
    // from a phrase: these lines continue the previous speaker rather than invent one.
    expect(turns(parse('call.txt', '王伟: 你好。\n问题是：我们每个月都要对账。\n'))).toEqual([['王伟', '你好。 问题是：我们每个月都要对账。']]);
  });
});

describe('speaker names with what meeting tools add to them', () => {
  it('drops every suffix, not only the last: "Tom Becker (External) (he/him)" is Tom Becker', () => {
    // Left with "(External)", the buyer was a different person from the same buyer in the next call, and
    // `--me "Tom Becker"` matched no one.
    expect(turns(parse('call.txt', 'Tom Becker (External) (he/him): Month end is a mess.\nPriya Raman (she/her) (Guest): Why?\n'))).toEqual([
      ['Tom Becker', 'Month end is a mess.'],
      ['Priya Raman', 'Why?'],
    ]);
    expect(turns(parse('teams.vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Tom Becker (External) (he/him)>Month end is a mess.</v>\n'))).toEqual([['Tom Becker', 'Month end is a mess.']]);
  });

  it('a tab or no-break space inside a name, or direction marks around a right-to-left name, still name the speaker', () => {
    // Each of these lines was read as more words of the previous speaker (or, first in the file, dropped).
    const txt = 'Priya Raman: What made you take the call?\nTom\u00a0Becker: Month end is a mess.\nDana\tRuiz: Same for us.\n\u200fمحمد علي\u200f: وعندنا أيضا.\n';
    expect(turns(parse('call.txt', txt))).toEqual([
      ['Priya Raman', 'What made you take the call?'],
      ['Tom Becker', 'Month end is a mess.'],
      ['Dana Ruiz', 'Same for us.'],
      ['محمد علي', 'وعندنا أيضا.'],
    ]);
    // In a <v> span the marks stayed in the name: one person under two names that look alike.
    expect(turns(parse('teams.vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v \u200fمحمد علي\u200f>مرحبا</v>\n'))).toEqual([['محمد علي', 'مرحبا']]);
  });

  it('reads names written with a non-breaking hyphen or a middle dot', () => {
    expect(turns(parse('call.txt', 'Priya Raman: Hi.\nJean\u2011Luc Martin: Bonjour.\nマリア・ガルシア: こんにちは。\n'))).toEqual([
      ['Priya Raman', 'Hi.'],
      ['Jean\u2011Luc Martin', 'Bonjour.'],
      ['マリア・ガルシア', 'こんにちは。'],
    ]);
  });
});

describe('plain lines with a bracketed time before the name', () => {
  it('reads "[00:00:05] Name: text" lines (transcription services\' text export), with their times', () => {
    const txt = '[00:00:03] Priya Raman: What made you take the call?\n[00:00:07] Tom Becker: Month end is a mess.\nIt eats two days.\n[01:02] Priya Raman: Two days every month?\n';
    expect(parse('call.txt', txt).map((u) => [u.speaker, u.text, u.start])).toEqual([
      ['Priya Raman', 'What made you take the call?', 3],
      ['Tom Becker', 'Month end is a mess. It eats two days.', 7],
      ['Priya Raman', 'Two days every month?', 62],
    ]);
  });

  it('a bracketed time before a line with no name is the time, not a speaker: the line continues the turn', () => {
    const txt = '[00:00:03] Priya Raman: What made you take the call?\n[00:00:09] and what it costs you.\n';
    expect(turns(parse('call.txt', txt))).toEqual([['Priya Raman', 'What made you take the call? and what it costs you.']]);
  });
});

describe("Otter.ai's text export", () => {
  // Otter writes each turn as a heading, the name and the time two spaces apart (and two trailing spaces), then
  // the words on the lines below, turns separated by blank lines; the free plan adds a "Transcribed by" footer.
  const otter = [
    'Priya Raman  0:03  ',
    'What made you take the call?',
    '',
    'Tom Becker  0:07  ',
    'Month end is a mess.',
    'Bottom line: we reconcile four hundred invoices by hand.',
    '',
    'Priya Raman  1:02:05  ',
    'Two days every month?',
    '',
    'Transcribed by https://otter.ai',
    '',
  ].join('\n');

  it('reads the "Name  0:05" heading as the speaker and the time of the words below it', () => {
    expect(parse('otter.txt', otter).map((u) => [u.speaker, u.text, u.start, u.line])).toEqual([
      ['Priya Raman', 'What made you take the call?', 3, 1],
      // A line of words with a colon in it is not a new speaker once the file names speakers in headings.
      ['Tom Becker', 'Month end is a mess. Bottom line: we reconcile four hundred invoices by hand.', 7, 4],
      ['Priya Raman', 'Two days every month?', 3725, 8],
    ]);
  });

  it('reads headings with a tab, hh:mm:ss times and suffixes such as (Guest)', () => {
    const txt = 'Priya Raman\t00:00:03\nWhat made you take the call?\n\nTom Becker (Guest)  00:00:07\nMonth end is a mess.\n';
    expect(parse('otter.txt', txt).map((u) => [u.speaker, u.text, u.start])).toEqual([
      ['Priya Raman', 'What made you take the call?', 3],
      ['Tom Becker', 'Month end is a mess.', 7],
    ]);
  });

  it('reads headings after a preamble of title, date and speakers lines, which are no one\'s words', () => {
    // Otter (and tools that export in its layout) can open with the call's title, date and speakers. "Title:"
    // read as a "Name: text" turn settled the file as colon turns: the headings were then words, and the call
    // had speakers called "Title" and "Speakers" and a "Bottom line" taking Tom's answer.
    const txt = [
      'Title: Invoice automation intro',
      'Tue, Mar 3, 2026 3:04 PM',
      'Speakers: Priya Raman, Tom Becker',
      '',
      otter,
    ].join('\n');
    expect(parse('otter.txt', txt).map((u) => [u.speaker, u.text, u.start, u.line])).toEqual([
      ['Priya Raman', 'What made you take the call?', 3, 5],
      ['Tom Becker', 'Month end is a mess. Bottom line: we reconcile four hundred invoices by hand.', 7, 8],
      ['Priya Raman', 'Two days every month?', 3725, 12],
    ]);
  });

  it('a title line before "Name: text" turns is no one\'s words either, and the turns keep their speakers', () => {
    const txt = 'Title: Weekly sync\nDate: 2026-03-03\n\nTom Becker: Sure.\nSay Tuesday at  10:30\nPriya Raman: Great.\n';
    expect(turns(parse('call.txt', txt))).toEqual([
      ['Tom Becker', 'Sure. Say Tuesday at  10:30'],
      ['Priya Raman', 'Great.'],
    ]);
  });

  it('a line of words ending in two spaces and a time, after "Name: text" turns, is words, not an Otter heading', () => {
    // Otter headings were accepted anywhere, and the first one stopped colon lines being speakers: everything
    // after this line went to a speaker called "Say Tuesday at", and the real speakers were gone from the call.
    const txt = 'Tom Becker: Sure.\nSay Tuesday at  10:30\nPriya Raman: Great, and the price?\nTom Becker: Too high for us.\n';
    expect(parse('call.txt', txt).map((u) => [u.speaker, u.text, u.start])).toEqual([
      ['Tom Becker', 'Sure. Say Tuesday at  10:30', null],
      ['Priya Raman', 'Great, and the price?', null],
      ['Tom Becker', 'Too high for us.', null],
    ]);
  });

  it('a line of words that ends in a time after one space is not a heading', () => {
    const txt = 'Priya Raman: Shall we meet on Tuesday at\nTuesday at 10:30\nTom Becker: Works for me.\n';
    expect(turns(parse('call.txt', txt))).toEqual([
      ['Priya Raman', 'Shall we meet on Tuesday at Tuesday at 10:30'],
      ['Tom Becker', 'Works for me.'],
    ]);
  });
});
