import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/classifier';
import { tickChecklist } from '../../../src/core/discovery-checklist';
import { DISCOVERY_TOPICS, TOPIC_PROMPTS } from '../../../src/core/metrics/discovery';
import type { RoledUtterance } from '../../../src/core/types';

function repLine(text: string): RoledUtterance {
  return { id: 'r1', role: 'rep', speaker: null, text, start: 1000, end: 2000, final: true };
}

/** The topics the live checklist ticks when the rep asks this, labelled by the real classifier. */
function ticked(text: string): string[] {
  const line = repLine(text);
  return Object.keys(tickChecklist({}, line, classify(line, { previous: [] }))).sort();
}

describe('discovery checklist: what a rep question explores', () => {
  it.each([
    'Is it okay if I share my screen today?',
    'Does that process make sense so far?',
    'Want me to show you how the approval workflow works in our product?',
    'Any questions on how our pricing compares to other vendors?',
    'Great, so shall I send the order form today?',
    'No problem, is now still ok or should I try you later?',
  ])('ticks nothing for a question about the rep\'s own demo, product or logistics: %s', (text) => {
    expect(ticked(text)).toEqual([]);
  });

  it.each([
    ['So tell me, how do you handle invoices today?', ['problem']],
    ['Who else would weigh in on a decision like this?', ['decision-process']],
    ['What would success look like for you?', ['success']],
    ['What are you using for scheduling right now?', ['alternative', 'problem']],
    ['So who has to approve something like this on your side?', ['decision-process']],
    ["What's the budget looking like for next year?", ['decision-process']],
  ])('ticks the topic of a question about the buyer\'s situation: %s', (text, topics) => {
    expect(ticked(text)).toEqual(topics);
  });

  it('ticks each topic when the rep asks the question the reminder card suggests for it', () => {
    for (const topic of DISCOVERY_TOPICS) expect(ticked(TOPIC_PROMPTS[topic])).toContain(topic);
  });
});
