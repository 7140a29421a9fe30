/**
 * The in-call overlay as the meeting page holds it: a host element on <html> with a closed shadow root, which
 * the page (and so page.evaluate or a locator) cannot look into. What the root draws is read through DevTools.
 */
import type { CDPSession, Page } from 'playwright-core';

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  /** Name, value, name, value... */
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function classes(node: DomNode): string[] {
  const attributes = node.attributes ?? [];
  for (let i = 0; i < attributes.length; i += 2) if (attributes[i] === 'class') return (attributes[i + 1] ?? '').split(' ');
  return [];
}

function find(node: DomNode, test: (node: DomNode) => boolean): DomNode | null {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const hit = find(child, test);
    if (hit) return hit;
  }
  return null;
}

async function overlayRoot(cdp: CDPSession): Promise<DomNode | null> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const host = find(root, (node) => node.nodeName === 'CANDOR-OVERLAY');
  return host?.shadowRoots?.[0] ?? null;
}

/** The overlay's closed shadow root as HTML, or null when the page has no overlay. */
export async function overlayHtml(cdp: CDPSession): Promise<string | null> {
  const shadow = await overlayRoot(cdp);
  if (!shadow) return null;
  const { outerHTML } = (await cdp.send('DOM.getOuterHTML', { backendNodeId: shadow.backendNodeId })) as { outerHTML: string };
  return outerHTML;
}

/** The overlay host's display ('block' shown, 'none' hidden), or 'absent' when it is not in the page. */
export function overlayDisplay(meeting: Page): Promise<string> {
  return meeting.evaluate(() => {
    const host = document.querySelector<HTMLElement>('candor-overlay');
    return host ? host.style.getPropertyValue('display') : 'absent';
  });
}

/** Where on screen the card's drag handle is (its centre, in the page's CSS pixels), or null with no card. */
export async function overlayHandle(cdp: CDPSession): Promise<{ x: number; y: number } | null> {
  const shadow = await overlayRoot(cdp);
  const grip = shadow && find(shadow, (node) => classes(node).includes('grip'));
  if (!grip) return null;
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: grip.backendNodeId })) as { model: { content: number[] } };
  const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
  return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
}
