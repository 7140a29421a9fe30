/**
 * Each measure of a reviewed call beside its research default from `principles.md` (defaults, not truths:
 * the thresholds come from the user's coach settings where there is one), with a verdict the page and the
 * Markdown export both use.
 */
import type { CoachSettings } from '../../core/coach-settings';
import { DEFAULT_COACH_SETTINGS } from '../../core/coach-settings';
import type { DiscoveryTopic } from '../../core/metrics/discovery';
import type { ReviewedCall } from './call-review';
import { length } from './call-review';

export type Verdict = 'good' | 'watch' | 'info';

export interface Measure {
  id: string;
  name: string;
  value: string;
  /** The research default it is read against. */
  reference: string;
  verdict: Verdict;
  detail?: string;
}

export const TOPIC_NAMES: Record<DiscoveryTopic, string> = {
  problem: 'Problem',
  impact: 'Impact',
  success: 'What success looks like',
  alternative: 'Their alternative',
  'decision-process': 'How they decide',
  concerns: 'Concerns',
};

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function measuresOf({ review, details }: ReviewedCall, settings: CoachSettings = DEFAULT_COACH_SETTINGS): Measure[] {
  const share = review.talk.repShare;
  const monologue = review.monologues[0]?.seconds ?? 0;
  const longestRep = review.monologues.length === 0 ? 'none past the threshold' : length(monologue);
  const questions = review.questions.open + review.questions.closed;
  const spread = details.questionSpread;
  const quartersWithQuestions = spread.filter((n) => n > 0).length;
  const explored = details.objections.filter((o) => o.handling === 'explored').length;
  const countered = details.objections.filter((o) => o.handling === 'countered').length;
  const uptake = review.nudgeUptake;
  const story = details.longestBuyerStory?.seconds ?? 0;
  const minutes = review.durationSeconds / 60;
  return [
    {
      id: 'talk-share', name: 'Your talk share', value: pct(share),
      reference: `top performers ~43%; above ~${pct(settings.talkShareThreshold)} win rates fall`,
      verdict: share <= 0.5 ? 'good' : share > settings.talkShareThreshold ? 'watch' : 'info',
    },
    {
      id: 'monologue', name: 'Longest monologue (you)', value: longestRep,
      reference: 'an overview past ~2 min loses the buyer',
      verdict: monologue > 120 ? 'watch' : 'good',
    },
    {
      id: 'buyer-story', name: 'Longest buyer story', value: story === 0 ? 'none' : length(story),
      reference: 'long buyer stories signal engagement',
      verdict: story >= 60 ? 'good' : 'info',
    },
    {
      id: 'questions', name: 'Questions asked', value: `${questions} (${review.questions.open} open, ${review.questions.closed} closed)`,
      reference: minutes >= 20 ? '11-14 in a discovery call, spread through it' : `11-14 in a 30-45 min call (~1 every 3 min); this call ran ${Math.max(1, Math.round(minutes))} min`,
      verdict: questions >= Math.min(11, Math.max(1, Math.round(minutes / 3))) && quartersWithQuestions >= 3 ? 'good' : 'watch',
      detail: `by quarter of the call: ${spread.join(' · ')}`,
    },
    {
      id: 'objections', name: 'Objections', value: details.objections.length === 0 ? 'none' : `${details.objections.length}: ${explored} explored, ${countered} countered`,
      reference: 'validate, then ask what is behind it; never counter',
      verdict: countered > 0 ? 'watch' : details.objections.length > 0 ? 'good' : 'info',
    },
    {
      id: 'pressure', name: 'Pressure moments', value: String(details.pressure.length),
      reference: 'none: help, don\u2019t push',
      verdict: details.pressure.length === 0 ? 'good' : 'watch',
    },
    {
      id: 'discovery', name: 'Discovery checklist', value: `${review.discovery.explored.length} of 6 explored`,
      reference: 'the deal is decided in discovery: all six',
      verdict: review.discovery.unexplored.length === 0 ? 'good' : review.discovery.unexplored.length <= 2 ? 'info' : 'watch',
      detail: review.discovery.unexplored.length === 0 ? 'all explored' : `not explored: ${review.discovery.unexplored.map((t) => TOPIC_NAMES[t]).join(', ')}`,
    },
    {
      id: 'uptake', name: 'Nudge uptake', value: uptake.rate === null ? 'no cards shown' : `${uptake.actedOn} of ${uptake.shown} (${pct(uptake.rate)})`,
      reference: 'acted on within 60 s, as each card defines it',
      verdict: uptake.rate === null ? 'info' : uptake.rate >= 0.5 ? 'good' : 'watch',
    },
  ];
}
