/** Every buyer-objection cue, money first: price, value, risk, fit, timing, authority. */
import { BROAD_OBJECTION_CUES } from './broad-cues';
import { DEAL_OBJECTION_CUES } from './deal-talk-cues';
import type { Cue } from './cue';
import { RISK_FIT_CUES } from './objection-risk-fit-cues';
import { PRICE_CUES } from './objection-price-cues';
import { TIMING_AUTHORITY_CUES } from './objection-timing-authority-cues';

export const OBJECTION_CUES: readonly Cue[] = [...PRICE_CUES, ...RISK_FIT_CUES, ...TIMING_AUTHORITY_CUES, ...BROAD_OBJECTION_CUES, ...DEAL_OBJECTION_CUES];
