/**
 * Google Meet: where its captions are and how to read them. All of Candor's knowledge of Meet's DOM is here.
 *
 * Structure and ARIA come first because Meet's class names are obfuscated and change with its builds; each
 * class-name selector is a named fallback, observed at a date (see reference notes in docs/sites.md) and
 * pinned by a fixture under test/fixtures/.
 */
import type { CaptureProblem } from '../../contracts/capture-status';
import { siteOfHost } from '../../contracts/meeting-hosts';
import type { CaptionBlockReading, FoundRegion, PlatformAdapter, RegionReading } from './platform';

/** Meeting codes look like abc-defg-hij; other paths (/landing, /new) are not calls. */
const CALL_PATH = /^\/[a-z]{3,4}-[a-z]{3,4}-[a-z]{3,4}(?:\/|$)/u;

/** Meet's caption region label in the UI languages it was seen in; used only to prefer one region over another. */
const CAPTION_REGION_LABELS = new Set([
  'captions', 'субтитры', 'untertitel', 'legendas', 'subtítulos', 'sous-titres', 'teks', 'phụ đề', 'feliratok',
  'sottotitoli', 'ondertiteling', 'napisy', 'altyazılar', '字幕', '자막',
]);

/** How Meet names the local user's own caption lines, per UI language. */
const SELF_NAMES = new Set(['you', 'вы', 'du', 'sie', 'vous', 'tú', 'usted', 'você', 'tu', 'voi', 'jij', 'u', 'ty', 'siz', 'anda', 'kamu', 'bạn', 'あなた', '你', '您', '나']);

/** Material-Symbols ligatures are the same in every UI language, unlike aria-labels. */
const ICON_CAPTIONS_ON = 'closed_caption';
const ICON_CAPTIONS_OFF = 'closed_caption_off';
const ICON_HANG_UP = 'call_end';
/** The present control's icon; pressed while the user presents. */
const ICON_PRESENT = 'present_to_all';
/** The "stop presenting" control's icon, on screen only while the user presents. */
const ICON_STOP_PRESENTING = 'stop_screen_share';
/** Fallback when no icon is found: Meet's own words for presenting, in the UI languages seen. */
const PRESENTING_LABEL = /stop presenting|you(?:'|’)?re presenting|you are presenting|präsentation beenden|arrêter la présentation|dejar de presentar|parar de apresentar/iu;

const SELECTORS = {
  /** The icon font elements whose text is a ligature name (2024-08 onwards; older builds used other classes). */
  icon: '.google-symbols, .material-icons-extended, .google-material-icons, i[aria-hidden="true"]',
  /** The wrapper of the caption region, 2024 to 2026 (jsname attributes have outlived class renames). */
  regionWrapper: 'div[jsname="dsyhDe"]',
  /** Every ARIA region: the caption region is one, the meeting-controls bar is another. */
  region: '[role="region"]',
  /** A caption block, 2024-2026 class name (fixture: sanand0 2026-03, elsewise 2026-08). */
  blockClass: '.nMcdL',
  /** The speaker name inside a block (2025-2026: `.KcIKyf span` / `.NWpY1d`; before 2024: `.zs7s8d`). */
  speakerClass: '.NWpY1d, .KcIKyf, .zs7s8d',
  /** The caption text inside a block (2025-2026 `.ygicle`; 2024 `jsname="tgaKEf"`; sanitized fixtures `data-caption-text`). */
  textClass: '.ygicle, div[jsname="tgaKEf"], [data-caption-text]',
  /** The hang-up button (jsname seen 2025-2026) when the icon font is not found. */
  hangUp: 'button[jsname="CQylAd"]',
  /** Buttons whose aria-pressed state follows captions on/off. */
  pressable: 'button[aria-pressed]',
} as const;

/** The meeting code the path starts with (abc-defg-hij), if it is a call's. */
function meetingId(url: URL): string | null {
  return CALL_PATH.test(url.pathname) ? (url.pathname.split('/')[1] ?? null) : null;
}

function iconText(doc: ParentNode, name: string): Element | null {
  for (const icon of doc.querySelectorAll(SELECTORS.icon)) {
    if (icon.textContent?.trim() === name) return icon;
  }
  return null;
}

function regionLabel(region: Element): string {
  return (region.getAttribute('aria-label') ?? '').trim().toLowerCase();
}

/** The controls bar is also a region; it holds the hang-up button, the caption region never does. */
function isControlsBar(region: Element): boolean {
  return iconText(region, ICON_HANG_UP) !== null || region.querySelector(SELECTORS.hangUp) !== null;
}

function findCaptionRegion(doc: Document): FoundRegion | null {
  const regions = [...doc.querySelectorAll(SELECTORS.region)].filter((region) => !isControlsBar(region));
  const wrapped = regions.find((region) => region.closest(SELECTORS.regionWrapper));
  if (wrapped) return { element: wrapped, via: 'region inside div[jsname="dsyhDe"]' };
  const withBlocks = regions.find((region) => region.querySelector(SELECTORS.blockClass));
  if (withBlocks) return { element: withBlocks, via: 'region holding .nMcdL blocks' };
  const labelled = regions.find((region) => CAPTION_REGION_LABELS.has(regionLabel(region)));
  if (labelled) return { element: labelled, via: `region labelled "${regionLabel(labelled)}"` };
  // Since 2025-03 the caption region is the only focusable region (tabindex=0) besides the controls bar.
  const focusable = regions.find((region) => region.getAttribute('tabindex') === '0');
  if (focusable) return { element: focusable, via: 'focusable region' };
  return null;
}

/** The captions toggle: the CC button's icon ligature or aria-pressed state, whatever the UI language. */
function captionsControlOn(doc: Document): boolean | null {
  const onIcon = iconText(doc, ICON_CAPTIONS_ON);
  const offIcon = iconText(doc, ICON_CAPTIONS_OFF);
  const button = (onIcon ?? offIcon)?.closest('button');
  const pressed = button?.getAttribute('aria-pressed');
  if (pressed === 'true' || pressed === 'false') return pressed === 'true';
  // The ligature names the action on some builds and the state on others, so only trust it with aria-pressed.
  for (const candidate of doc.querySelectorAll(SELECTORS.pressable)) {
    if (/caption|субтитр|untertitel|legenda|subt[ií]tulo|sous-titre/iu.test(candidate.getAttribute('aria-label') ?? '')) {
      return candidate.getAttribute('aria-pressed') === 'true';
    }
  }
  return null;
}

/** Elements in the block that carry their own text (not just their children's). */
function textLeaves(block: Element): Element[] {
  const leaves: Element[] = [];
  for (const element of block.querySelectorAll('*')) {
    if (element.closest('button')) continue;
    const own = [...element.childNodes].some((node) => node.nodeType === 3 && (node.textContent ?? '').trim() !== '');
    if (own) leaves.push(element);
  }
  return leaves;
}

/** Non-caption children sit in the region too (the "jump to bottom" button); they hold a button or no text. */
function isCaptionBlock(child: Element): boolean {
  if (child.matches(SELECTORS.blockClass)) return true;
  if (child.querySelector('button') && textLeaves(child).length === 0) return false;
  return textLeaves(child).length > 0;
}

function readBlock(block: Element): { reading: Omit<CaptionBlockReading, 'element'>; problem: CaptureProblem | null } {
  const leaves = textLeaves(block);
  const textElement = block.querySelector(SELECTORS.textClass) ?? leaves.at(-1) ?? null;
  const nameElement =
    block.querySelector(SELECTORS.speakerClass) ??
    // Structure: the name is the short text that comes before the caption text in the block.
    leaves.find((leaf) => leaf !== textElement && !leaf.contains(textElement) && (leaf.textContent ?? '').length <= 80) ??
    null;
  const text = (textElement?.textContent ?? '').replace(/\s+/gu, ' ').trim();
  const speaker = nameElement?.textContent?.trim() || null;
  const problem: CaptureProblem | null = textElement
    ? null
    : { part: 'text', detail: 'a caption block had no element with caption text' };
  return { reading: { speaker, isSelf: speaker !== null && SELF_NAMES.has(speaker.toLowerCase()), text }, problem };
}

function readBlocks(region: Element): RegionReading {
  const blocks: CaptionBlockReading[] = [];
  let problem: CaptureProblem | null = null;
  for (const child of region.children) {
    if (!isCaptionBlock(child)) continue;
    const { reading, problem: blockProblem } = readBlock(child);
    problem ??= blockProblem;
    if (reading.text !== '') blocks.push({ element: child, ...reading });
  }
  return { blocks, problem };
}

/** Presenting shows a "stop presenting" control, or the present control pressed; icons first, words as a fallback. */
function isPresenting(doc: Document): boolean {
  if (iconText(doc, ICON_STOP_PRESENTING)?.closest('button')) return true;
  if (iconText(doc, ICON_PRESENT)?.closest('button')?.getAttribute('aria-pressed') === 'true') return true;
  for (const button of doc.querySelectorAll('button[aria-label]')) {
    if (PRESENTING_LABEL.test(button.getAttribute('aria-label') ?? '')) return true;
  }
  return false;
}

export const googleMeet: PlatformAdapter = {
  site: 'google-meet',
  siteName: 'Google Meet',
  isCallUrl: (url) => siteOfHost(url.hostname) === 'google-meet' && CALL_PATH.test(url.pathname),
  meetingId,
  meetingCode: (url) => meetingId(url) ?? '',
  isInCall: (doc) => iconText(doc, ICON_HANG_UP) !== null || doc.querySelector(SELECTORS.hangUp) !== null,
  findCaptionRegion,
  captionsControlOn,
  readBlocks,
  howToEnableCaptions: 'press C or click CC in the call controls',
  // Captions switched back on start from an empty region.
  reshowsOldLines: false,
  isPresenting,
};
