/**
 * What the content script can tell about reading captions on the meeting page, shown by the side panel as
 * the call's state line. Plain data: it crosses the port to the service worker and is stored with the call.
 */

/** Which part of reading captions failed when the page did not look the way the adapter expects. */
export type CapturePart = 'region' | 'speaker' | 'text';

export interface CaptureProblem {
  part: CapturePart;
  /** For the user's report: what was looked for and what was found instead. Never caption text. */
  detail: string;
}

export type CaptionsState =
  /** The caption region is on screen and readable. */
  | 'on'
  /** The meeting shows its "turn on captions" control, or no region while in a call. */
  | 'off'
  /** In a call, but captions cannot be read right now (see `problem`). */
  | 'unreadable';

export interface CaptureStatus {
  inCall: boolean;
  captions: CaptionsState;
  problem: CaptureProblem | null;
  /** The site's own way to turn captions on, in words the user can follow. */
  howToEnable: string;
}
