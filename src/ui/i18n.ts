/**
 * Every string a user reads goes through the browser's i18n (`public/_locales/<lang>/messages.json`), so a
 * translation is a file, not a code change. Keys are typed from the English file; a test checks that every
 * key the code uses exists there.
 */
import type messages from '../../public/_locales/en/messages.json';
import { browser } from '../platform/native-browser';

export type MessageKey = keyof typeof messages;

/** The message for `key` with its $1..$9 substitutions; the key itself if missing, so a gap is visible, not blank. */
export function t(key: MessageKey, ...subs: Array<string | number>): string {
  const text = browser.i18n.getMessage(key, subs.map(String));
  return text === '' ? key : text;
}

/** Message keys cannot hold dashes; nudge ids and topic names do. */
export function keyPart(id: string): string {
  return id.replaceAll('-', '_');
}

/** For keys built from data (a nudge id, a label): checked against the English file by the same test. */
export function tDynamic(key: string, ...subs: Array<string | number>): string {
  return t(key as MessageKey, ...subs);
}
