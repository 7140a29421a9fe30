import { describe, expect, it } from 'vitest';
import { classify, type ClassifyOptions } from '../../../src/core/classifier';
import type { Label, LabelName, Role, RoledUtterance } from '../../../src/core/types';

let nextId = 0;

function turn(role: Role, text: string, final = true): RoledUtterance {
  nextId += 1;
  return { id: `u${nextId}`, role, speaker: null, text, start: nextId * 1000, end: nextId * 1000 + 900, final };
}

function labelsOf(
  role: Role,
  text: string,
  { previous = [], final = true, options }: { previous?: RoledUtterance[]; final?: boolean; options?: ClassifyOptions } = {},
): Label[] {
  return classify(turn(role, text, final), { previous }, options);
}

function confidenceOf(labels: readonly Label[], name: LabelName): number {
  return labels.find((l) => l.label === name)?.confidence ?? 0;
}

/** Every word-by-word prefix, as live captions deliver them: partial until the last, which is final. */
function prefixes(text: string): Array<{ text: string; final: boolean }> {
  const words = text.split(' ');
  return words.map((_, i) => ({ text: words.slice(0, i + 1).join(' '), final: i === words.length - 1 }));
}

const OBJECTIONS = [
  "yeah honestly it's just too expensive for us right now",
  'to be honest the cost is way too high',
  "that's out of our budget",
  'we cant afford that this year',
  'its a bit pricey',
  'thats a lot of money for what it does',
  'our budget is tight this year',
  'And to be honest, the price you sent over is more than we budgeted for this year.',
  'um the the price is uh way too high',
  'it doesnt fit in our budget',
  'we need the money for other things this quarter',
  'pricing seems steep for a team our size',
  "I don't really see the value",
  "I'm not convinced it's worth it",
  'how do we know your numbers hold up',
  'why did the last vendor fail at this',
  'we got burned by the last vendor we tried',
  "I'm a bit worried about the migration",
  'security is a big concern for us',
  "the timing isn't great we're in the middle of a reorg",
  "we've got too much going on right now",
  "I'd need my boss to sign off on this",
  'legal has to review it first',
  "it's not really my call",
  'let me run it by our CFO',
  "I'm not sure this would work for a team our size",
  'honestly this seems like overkill for us',
  "it's not a good fit for us",
  "it's more of a nice to have",
];

const STALLS = [
  'let me think about it',
  "I'll need to think it over",
  'can you just send me some info',
  'send me a deck and ill take a look',
  "let's circle back next quarter",
  "we'll get back to you",
  "I'm not sure",
  "I'm not sure yet",
  "I'll check it out",
  'maybe down the road',
  "we're not ready to make a decision yet",
  'I need some time to digest all this',
  'we might be able to do something this quarter',
];

const ALTERNATIVES = [
  'we already use Gong for that',
  'we just use spreadsheets right now',
  'honestly we track all of it in excel',
  'our interns do it by hand',
  "we're talking to another vendor as well",
  'we might just build it in house',
  'we could also just do nothing for now',
  'We looked at Tipalti last year but it felt like overkill.',
  'I can get it cheaper elsewhere',
  "we're pretty happy with what we have",
  "we've got an in-house team for that",
];

const PITCHES = [
  'and our platform also does automatic reconciliation',
  'we integrate with Salesforce HubSpot and pretty much everything',
  "you'll be able to close the books in a day",
  'it saves teams like yours about ten hours a week',
  "plus we're the only vendor with native AI forecasting",
  'another great feature is the custom dashboards',
];

/** Buyer lines that must get no objection, stall or alternative, at any point while they are spoken. */
const BUYER_NEGATIVES = [
  // Where they are, not that they join.
  "we're in healthcare, about forty clinics",
  "we're in the office on tuesdays mostly",
  // Negated concerns.
  "I'm not worried about price",
  "price isn't really the issue",
  'the price is not a problem for us',
  'the price is... not a problem for us',
  'honestly the cost is fine',
  "budget's not an issue for us",
  "it's not too expensive actually",
  "I wouldn't say it's too expensive",
  "I'm not really all that worried about security",
  'we can afford it',
  'we have budget set aside for this',
  'the budget was approved last week',
  // Small talk, logistics, praise.
  'can you see my screen',
  "sorry I'm running a couple minutes late",
  'thanks for making the time',
  'that sounds great thanks',
  'the dashboard looks really slick',
  'no worries at all',
  'let me take a look at my calendar',
  'can you send me the link to join',
  // Neutral due diligence.
  'do you support SSO',
  'how long is onboarding',
  'how much does it cost',
  "what's the price for fifty seats",
  'how do you handle security reviews',
  'do you integrate with other tools',
  // The buyer describing their work.
  'we have about forty people on the sales team',
  'our team spends two days every month closing the books',
  'we work with small clinics mostly',
  'we use it every day',
  "I'm not sure how many seats we'd need",
  "let me think, we're about forty people",
  'I was talking to John in finance about it',
];

const REP_NEGATIVES = [
  'can you hear me okay',
  'what does your process look like today',
  "I hear you, that's fair",
  "That's fair. What makes the price feel high right now?",
  'thanks so much for your time today',
  'let me share my screen',
  "I'll send over the invite for Tuesday",
];

describe('classify: phrasings that must be labelled', () => {
  it.each(OBJECTIONS)('objection: %s', (text) => {
    expect(confidenceOf(labelsOf('prospect', text), 'objection')).toBeGreaterThanOrEqual(0.5);
  });
  it.each(STALLS)('stall: %s', (text) => {
    expect(confidenceOf(labelsOf('prospect', text), 'stall')).toBeGreaterThanOrEqual(0.5);
  });
  it.each(ALTERNATIVES)('alternative: %s', (text) => {
    expect(confidenceOf(labelsOf('prospect', text), 'alternative')).toBeGreaterThanOrEqual(0.5);
  });
  it.each(PITCHES)('pitch: %s', (text) => {
    expect(confidenceOf(labelsOf('rep', text), 'pitch')).toBeGreaterThanOrEqual(0.5);
  });
});

describe('classify: joining', () => {
  it.each(["ok we're in", "alright we're in. send over the paperwork", "yeah I'm in for it"])('buying signal: %s', (text) => {
    expect(confidenceOf(labelsOf('prospect', text), 'buying_signal')).toBeGreaterThanOrEqual(0.5);
  });
  it('waits for the word after "we\'re in" on a growing caption', () => {
    expect(confidenceOf(labelsOf('prospect', "ok we're in", { final: false }), 'buying_signal')).toBeLessThan(0.5);
  });
});

describe('classify: hard negatives', () => {
  it.each(BUYER_NEGATIVES)('no buyer label: %s', (text) => {
    expect(labelsOf('prospect', text).filter((l) => l.confidence >= 0.5)).toEqual([]);
  });
  it.each(REP_NEGATIVES)('no pitch: %s', (text) => {
    expect(confidenceOf(labelsOf('rep', text), 'pitch')).toBeLessThan(0.5);
  });
});

describe('classify: live captions grow word by word', () => {
  it.each(BUYER_NEGATIVES)('no prefix of a negative line is labelled: %s', (text) => {
    for (const prefix of prefixes(text)) {
      const positive = labelsOf('prospect', prefix.text, { final: prefix.final }).filter((l) => l.confidence >= 0.5);
      expect({ prefix: prefix.text, positive }).toEqual({ prefix: prefix.text, positive: [] });
    }
  });

  it.each(REP_NEGATIVES)('no prefix of a rep negative is a pitch: %s', (text) => {
    for (const prefix of prefixes(text)) {
      expect({ prefix: prefix.text, pitch: confidenceOf(labelsOf('rep', prefix.text, { final: prefix.final }), 'pitch') < 0.5 }).toEqual({
        prefix: prefix.text,
        pitch: true,
      });
    }
  });

  const positives: Array<[LabelName, Role, string]> = [
    ...OBJECTIONS.map((t): [LabelName, Role, string] => ['objection', 'prospect', t]),
    ...STALLS.map((t): [LabelName, Role, string] => ['stall', 'prospect', t]),
    ...ALTERNATIVES.map((t): [LabelName, Role, string] => ['alternative', 'prospect', t]),
    ...PITCHES.map((t): [LabelName, Role, string] => ['pitch', 'rep', t]),
  ];
  it.each(positives)('once %s appears it stays while the line grows: %s', (label, role, text) => {
    let seen = false;
    for (const prefix of prefixes(text)) {
      const on = confidenceOf(labelsOf(role, prefix.text, { final: prefix.final }), label) >= 0.5;
      if (seen) expect({ prefix: prefix.text, on }).toEqual({ prefix: prefix.text, on: true });
      seen ||= on;
    }
    expect(seen).toBe(true);
  });

  it('does not fire on an incomplete cue, and drops it when a negation follows', () => {
    expect(confidenceOf(labelsOf('prospect', 'the price is', { final: false }), 'objection')).toBe(0);
    expect(confidenceOf(labelsOf('prospect', 'to be honest the cost', { final: false }), 'objection')).toBe(0);
    expect(confidenceOf(labelsOf('prospect', 'the price is a problem', { final: false }), 'objection')).toBeGreaterThanOrEqual(0.5);
    expect(confidenceOf(labelsOf('prospect', 'the price is not a problem', { final: false }), 'objection')).toBe(0);
  });

  it('fires on partial text as soon as the telling words are there', () => {
    expect(confidenceOf(labelsOf('prospect', 'honestly that is way too expensive', { final: false }), 'objection')).toBeGreaterThanOrEqual(0.5);
  });

  it('withdraws a concern the buyer answers in the same breath', () => {
    expect(confidenceOf(labelsOf('prospect', "it's too expensive", { final: false }), 'objection')).toBeGreaterThanOrEqual(0.5);
    expect(confidenceOf(labelsOf('prospect', "it's too expensive but totally worth it"), 'objection')).toBe(0);
  });

  it('waits for the noun after "we use a": a tool is an alternative, "a lot" or "a standing meeting" is not', () => {
    // No card flashes up while the words grow; the finished "a lot of email" may still name their process.
    for (const text of ['we use a lot of email for this', 'we use a standing meeting every monday']) {
      for (const prefix of prefixes(text).filter((p) => !p.final || text.includes('standing'))) {
        expect({ prefix: prefix.text, on: confidenceOf(labelsOf('prospect', prefix.text, { final: prefix.final }), 'alternative') >= 0.5 }).toEqual({
          prefix: prefix.text,
          on: false,
        });
      }
    }
    expect(confidenceOf(labelsOf('prospect', 'we use a cheap scheduling app', { final: false }), 'alternative')).toBeGreaterThanOrEqual(0.5);
    expect(confidenceOf(labelsOf('prospect', 'we use a typeform survey and then copy it over'), 'alternative')).toBeGreaterThanOrEqual(0.5);
    expect(confidenceOf(labelsOf('prospect', 'we already pay for a similar feature inside teams'), 'alternative')).toBeGreaterThanOrEqual(0.5);
  });

  it('waits for the next word when a bare "I\'m not sure" could still be an answer', () => {
    expect(confidenceOf(labelsOf('prospect', "I'm not sure", { final: false }), 'stall')).toBeLessThan(0.5);
    expect(confidenceOf(labelsOf('prospect', "I'm not sure. Let's see", { final: false }), 'stall')).toBeGreaterThanOrEqual(0.5);
  });
});

describe('classify: context from earlier turns', () => {
  it('"not right now" answering "is this a good time to talk?" is not an objection', () => {
    const previous = [turn('rep', 'Hi Dana, is this still a good time to talk?')];
    expect(labelsOf('prospect', 'not right now', { previous })).toEqual([]);
    expect(confidenceOf(labelsOf('prospect', 'not right now'), 'objection')).toBeGreaterThanOrEqual(0.5);
  });

  it('"I\'m not sure" answering a factual question is not a stall, answering a decision question it is', () => {
    const fact = [turn('rep', 'how many seats do you have today?')];
    const decision = [turn('rep', 'so does it feel like a fit, should we set up the pilot?')];
    expect(confidenceOf(labelsOf('prospect', "I'm not sure", { previous: fact }), 'stall')).toBeLessThan(0.5);
    expect(confidenceOf(labelsOf('prospect', "I'm not sure", { previous: decision }), 'stall')).toBeGreaterThanOrEqual(0.5);
  });

  it('describing how they do it today, answering the rep asking exactly that, names their alternative', () => {
    const howToday = [turn('rep', 'so walk me through how invoices get approved today')];
    const answer = 'uh our office manager collects them and walks them round for signatures';
    expect(confidenceOf(labelsOf('prospect', answer, { previous: howToday }), 'alternative')).toBeGreaterThanOrEqual(0.5);
    expect(confidenceOf(labelsOf('prospect', answer), 'alternative')).toBeLessThan(0.5);
    // A don't-know, a quantity or a greeting asked "today" is not a way of working.
    expect(confidenceOf(labelsOf('prospect', "honestly I'm not sure who does it", { previous: howToday }), 'alternative')).toBeLessThan(0.5);
    const howMany = [turn('rep', 'how many invoices do you approve today')];
    expect(confidenceOf(labelsOf('prospect', 'around four hundred a month give or take', { previous: howMany }), 'alternative')).toBeLessThan(0.5);
    const greeting = [turn('rep', 'hi Sam, how are you today? thanks for making time')];
    expect(confidenceOf(labelsOf('prospect', "doing well thanks, busy week though", { previous: greeting }), 'alternative')).toBeLessThan(0.5);
  });

  it('an answer to "how do you do it today?" is their alternative only once it is final and says nothing else', () => {
    const howToday = [turn('rep', 'So tell me, how do you handle invoices today?')];
    // Three words into a price objection there is no way of working yet: no card may flash on any prefix.
    for (const p of prefixes('Honestly the price is way too high for us')) {
      expect({ prefix: p.text, alternative: confidenceOf(labelsOf('prospect', p.text, { previous: howToday, final: p.final }), 'alternative') >= 0.5 }).toEqual({ prefix: p.text, alternative: false });
    }
    expect(confidenceOf(labelsOf('prospect', 'It is not too expensive for us, it is fine.', { previous: howToday }), 'alternative')).toBeLessThan(0.5);
    expect(confidenceOf(labelsOf('prospect', 'We might look at it next quarter maybe', { previous: howToday }), 'alternative')).toBeLessThan(0.5);
    const description = 'uh our office manager collects them and walks them round for signatures';
    expect(confidenceOf(labelsOf('prospect', 'uh our office manager collects', { previous: howToday, final: false }), 'alternative')).toBeLessThan(0.5);
    expect(confidenceOf(labelsOf('prospect', description, { previous: howToday }), 'alternative')).toBeGreaterThanOrEqual(0.5);
  });

  it('the people named in answer to "who else weighs in" are stakeholders; "just me" is not', () => {
    const whoElse = [turn('rep', 'and who else would weigh in on something like this')];
    expect(confidenceOf(labelsOf('prospect', 'probably Marta from the warehouse and our ops lead', { previous: whoElse }), 'stakeholder')).toBeGreaterThanOrEqual(0.5);
    expect(confidenceOf(labelsOf('prospect', 'probably Marta from the warehouse and our ops lead'), 'stakeholder')).toBeLessThan(0.5);
    expect(confidenceOf(labelsOf('prospect', "honestly it's just me", { previous: whoElse }), 'stakeholder')).toBeLessThan(0.5);
  });

  it('answers about other vendors or about who uses the tool are not stakeholders', () => {
    const quotes = [turn('rep', 'got it, who else are you getting quotes from')];
    expect(confidenceOf(labelsOf('prospect', "two others, I'd rather not say", { previous: quotes }), 'stakeholder')).toBeLessThan(0.5);
    const users = [turn('rep', 'who would actually be using the scheduling tool day to day')];
    expect(confidenceOf(labelsOf('prospect', 'mostly our tutors, and then the students book through the portal', { previous: users }), 'stakeholder')).toBeLessThan(0.5);
    const boast = [turn('rep', "our matching engine is three times more accurate than anyone else")];
    expect(confidenceOf(labelsOf('prospect', 'ok fair enough, good to know', { previous: boast }), 'stakeholder')).toBeLessThan(0.5);
  });

  it('facts given in answer to a direct buyer question are not pitch', () => {
    const previous = [turn('prospect', 'do you support SSO?')];
    expect(confidenceOf(labelsOf('rep', 'yes we integrate with Okta and Azure AD', { previous }), 'pitch')).toBeLessThan(0.5);
    expect(confidenceOf(labelsOf('rep', 'yes we integrate with Okta and Azure AD'), 'pitch')).toBeGreaterThanOrEqual(0.5);
  });

  it('an answer that piles on unrequested benefits is still a pitch', () => {
    const previous = [turn('prospect', 'do you support SSO?')];
    const text = "yes we integrate with Okta, and you'll be able to manage seats, our platform also flags risky deals";
    expect(confidenceOf(labelsOf('rep', text, { previous }), 'pitch')).toBeGreaterThanOrEqual(0.5);
  });
});

describe('classify: roles, languages, options, evidence', () => {
  it('puts buyer labels only on the prospect and rep labels only on the rep', () => {
    expect(labelsOf('rep', "honestly it's too expensive and we already use Gong").map((l) => l.label)).not.toContain('objection');
    expect(labelsOf('prospect', 'our platform also integrates with Slack').map((l) => l.label)).not.toContain('pitch');
  });

  it.each(['es demasiado caro para nosotros', 'das ist uns zu teuer, wir haben kein Budget', 'это слишком дорого для нас', 'no tenemos presupuesto este año'])(
    'gives non-English text no labels: %s',
    (text) => {
      expect(labelsOf('prospect', text)).toEqual([]);
    },
  );

  it('recognises the caller’s competitor names, in lower-case captions too', () => {
    const options = { competitors: ['Acme CRM', 'Globex'] };
    expect(confidenceOf(labelsOf('prospect', 'acme crm quoted us less', { options }), 'alternative')).toBeGreaterThanOrEqual(0.5);
    expect(confidenceOf(labelsOf('prospect', 'acme crm quoted us less'), 'alternative')).toBeLessThan(0.5);
    expect(confidenceOf(labelsOf('prospect', "we don't use globex anymore", { options }), 'alternative')).toBeLessThan(0.5);
  });

  it('quotes the triggering words exactly as the caption shows them', () => {
    const text = 'Honestly, it is way TOO, um, Expensive for us.';
    const objection = labelsOf('prospect', text).find((l) => l.label === 'objection');
    expect(objection?.evidence).toBe('TOO, um, Expensive');
    expect(text).toContain(objection?.evidence);
  });

  it('tells open from closed rep questions and skips logistics', () => {
    const names = (text: string) => labelsOf('rep', text).map((l) => l.label);
    expect(names("That's fair. What makes the price feel high right now?")).toContain('open_question');
    expect(names('walk me through how you close the books today')).toContain('open_question');
    expect(names('would Tuesday at ten work for you')).toContain('closed_question');
    expect(names('how about Tuesday at ten?')).toContain('closed_question');
    expect(names('can you hear me okay?')).toEqual([]);
    expect(names('how are you doing today?')).toEqual([]);
  });

  it('hears the questions people ask without the words or pauses a textbook question has', () => {
    const question = (text: string, final = true) =>
      labelsOf('rep', text, { final })
        .map((l) => l.label)
        .filter((name) => name === 'open_question' || name === 'closed_question');
    // Yes-no questions: dropped auxiliary, a noun subject, run on to the end of a statement.
    for (const text of [
      'want me to send you the trial link',
      'mind if I check in around march',
      'got a sec',
      'and is nursing represented on that committee',
      'would talking to a customer on netsuite help',
      'I can pull a benchmark report based on the volumes you gave me would that be useful',
      'and for the core renewal are you keeping the same thirty licences',
    ]) {
      expect(question(text), text).toEqual(['closed_question']);
    }
    // Who, which, whose and where's open a question when they open the line.
    for (const text of ['who handles scheduling court reporters at your firm', 'ok which part feels off to you', "so where's your head at on that", 'whose budget would this come out of', 'worse how']) {
      expect(question(text), text).toEqual(['open_question']);
    }
    // Statements that look alike stay statements: a relative "which" or "who", a reply, a greeting, who picked up.
    for (const text of [
      'and you get the security scanning included, which most tools charge separately for',
      'we have a guy who handles all of that',
      'our scanners would do that in about two hours',
      'the difference is we can actually prove it',
      'will do, thanks',
      'could be worth a look next quarter',
      'hi is this Tony',
      "that's how we do it",
      'ok if we dropped the sandbox that is about eighteen percent',
    ]) {
      expect(question(text), text).toEqual([]);
    }
    // A question run on to the end of a line is only read when the line is final: its last words may still change.
    expect(question('I can pull a benchmark report would that be', false)).toEqual([]);
  });

  it('reads "and email" as their way of working, not as a promise to write', () => {
    for (const p of prefixes("ok let me think and email you by friday")) expect(confidenceOf(labelsOf('prospect', p.text, { final: p.final }), 'alternative')).toBeLessThan(0.5);
    expect(confidenceOf(labelsOf('prospect', 'we do it all with google forms and email'), 'alternative')).toBeGreaterThanOrEqual(0.5);
  });

  it('"you know what?" exclaims; it does not ask', () => {
    for (const text of ["Okay. You know what? It seems like things have been a struggle for you lately", 'you know what, let us just start with the pilot']) {
      expect(confidenceOf(labelsOf('rep', text), 'open_question')).toBeLessThan(0.5);
    }
    expect(confidenceOf(labelsOf('rep', 'okay so what would success look like for you'), 'open_question')).toBeGreaterThanOrEqual(0.5);
  });

  it('does not call a question on a growing caption that may yet be a statement or a greeting', () => {
    const questionsOn = (text: string, final: boolean) =>
      labelsOf('rep', text, { final })
        .map((l) => l.label)
        .filter((name) => name === 'open_question' || name === 'closed_question');
    // "what it is is ..." explains; it never asks, on any prefix or at the end.
    for (const p of prefixes("so what it is is we handle the billing for you end to end")) expect(questionsOn(p.text, p.final)).toEqual([]);
    for (const p of prefixes('hi how are you doing today')) expect(questionsOn(p.text, p.final)).toEqual([]);
    // "can I ask what" waits for the words after it, then is open, never first closed.
    expect(questionsOn('thanks for telling me, can I ask what', false)).toEqual([]);
    expect(questionsOn('thanks for telling me, can I ask what drove that decision', false)).toEqual(['open_question']);
    // Real questions still count as they grow, including a wh-word and subject with no auxiliary.
    expect(questionsOn('so what is it that makes this hard', false)).toEqual(['open_question']);
    expect(questionsOn('so how are you handling approvals', false)).toEqual(['open_question']);
    expect(questionsOn('so what you guys use for that today', true)).toEqual(['open_question']);
  });

  it('stays fast on a long run-on caption (no runaway backtracking)', () => {
    const long = Array.from({ length: 60 }, () => 'so we have been looking at the price and the budget and the team and').join(' ');
    const started = process.hrtime.bigint();
    for (let i = 0; i < 20; i += 1) labelsOf('prospect', long, { final: false });
    const perCallMs = Number(process.hrtime.bigint() - started) / 1e6 / 20;
    expect(perCallMs).toBeLessThan(20);
  });
});
