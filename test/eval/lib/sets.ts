/**
 * Loads the two labelled evaluation sets (see test/eval/README.md) into one shape: conversations of roled
 * lines with gold labels. Set 2's text is read from ../shared/corpora when that folder exists; the labels
 * live in the repository by corpus id.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { isLabelName, type LabelName, type Role } from '../../../src/core/types';

export interface GoldLine {
  /** Stable id for error listings: `conversation#turn`. */
  id: string;
  role: Role;
  text: string;
  gold: LabelName[];
}

export interface GoldConversation {
  id: string;
  lines: GoldLine[];
  /** The file it came from (set 1 and training data), for leave-one-file-out measures. */
  file?: string;
}

export type Split = 'dev' | 'test';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const DEFAULT_CORPORA_DIR = resolve(REPO_ROOT, '../shared/corpora');

function readJsonl(path: string): unknown[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
}

function labelsOf(value: unknown, where: string): LabelName[] {
  if (!Array.isArray(value)) throw new Error(`${where}: labels must be an array`);
  return value.map((l) => {
    if (typeof l !== 'string' || !isLabelName(l)) throw new Error(`${where}: unknown label ${String(l)}`);
    return l;
  });
}

function group(lines: Array<GoldLine & { conversation: string }>): GoldConversation[] {
  const byId = new Map<string, GoldLine[]>();
  for (const { conversation, ...line } of lines) {
    const list = byId.get(conversation) ?? [];
    list.push(line);
    byId.set(conversation, list);
  }
  return [...byId].map(([id, ls]) => ({ id, lines: ls }));
}

const SALES_CALLS_DIR = join(REPO_ROOT, 'test/eval/sales-calls');

/**
 * `CANDOR_EVAL_EXCLUDE=dev-5,deal-talk`: leave out dev or training files by name (a file still being written,
 * or one that must stay unseen until it has been scored on its own).
 */
const EXCLUDED: readonly string[] = (process.env.CANDOR_EVAL_EXCLUDE ?? '').split(',').filter((s) => s !== '');
const included = (file: string): boolean => !EXCLUDED.some((name) => basename(file, '.jsonl') === name);

/**
 * The files of one part of set 1: `test.jsonl` alone (frozen), or `dev.jsonl` plus any later `dev-*.jsonl`
 * (development data written after the test part was frozen, in file-name order).
 */
export function salesCallFiles(split: Split): string[] {
  if (split === 'test') return [join(SALES_CALLS_DIR, 'test.jsonl')];
  const more = readdirSync(SALES_CALLS_DIR)
    .filter((f) => /^dev-[a-z0-9-]+\.jsonl$/u.test(f) && included(f))
    .sort();
  return [...(included('dev.jsonl') ? ['dev.jsonl'] : []), ...more].map((f) => join(SALES_CALLS_DIR, f));
}

/** One file in set 1's format (conversation, turn, role, text, labels), tagged with its file name. */
export function loadConversationFile(path: string): GoldConversation[] {
  const file = basename(path, '.jsonl');
  return group(
    readJsonl(path).map((raw, i) => {
      const r = raw as { conversation: string; turn: number; role: Role; text: string; labels: unknown };
      return { conversation: r.conversation, id: `${r.conversation}#${r.turn}`, role: r.role, text: r.text, gold: labelsOf(r.labels, `${path}:${i + 1}`) };
    }),
  ).map((c) => ({ ...c, file }));
}

/** Set 1: our own caption-style sales-call excerpts. */
export function loadSalesCalls(split: Split, only?: string): GoldConversation[] {
  const files = salesCallFiles(split).filter((path) => only === undefined || split === 'test' || basename(path).includes(only));
  return files.flatMap(loadConversationFile);
}

const TRAINING_DIR = join(REPO_ROOT, 'test/eval/training');

/**
 * Training-only data (`test/eval/training/*.jsonl`, same format as set 1): dialogues we wrote about moves the
 * real corpora of set 2 show (haggling, persuasion to donate, coaching). The model learns from them; they are
 * not a dev part of either set, so the evaluation scores them only when asked (`--training`).
 */
export function loadTraining(): GoldConversation[] {
  if (!existsSync(TRAINING_DIR)) return [];
  return readdirSync(TRAINING_DIR)
    .filter((f) => /^[a-z0-9-]+\.jsonl$/u.test(f) && included(f))
    .sort()
    .flatMap((f) => loadConversationFile(join(TRAINING_DIR, f)));
}

const CORPUS_FILES = ['craigslistbargain_devtest', 'persuasionforgood_annotated300', 'annomi_sample'];

/**
 * Set 2's labelled parts: `dev`, the first `test` part (frozen with set 1's before any tuning) and `test-2`, a
 * larger test part labelled and frozen later, from dialogues nobody had read for tuning (see the README).
 */
export type CorporaPart = Split | 'test-2';
export const CORPORA_TEST_PARTS: readonly CorporaPart[] = ['test', 'test-2'];

/** Set 2: our labels on whole corpus dialogues, joined with the corpus text; null when the corpora are absent. */
export function loadCorpora(part: CorporaPart, corporaDir = DEFAULT_CORPORA_DIR): GoldConversation[] | null {
  if (!existsSync(corporaDir)) return null;
  const text = new Map<string, string>();
  for (const file of CORPUS_FILES) {
    const path = join(corporaDir, `${file}_utterances.jsonl`);
    if (!existsSync(path)) return null;
    for (const raw of readJsonl(path)) {
      const u = raw as { dialogue_id: string; turn: number; text: string };
      text.set(`${u.dialogue_id}#${u.turn}`, u.text);
    }
  }
  const path = join(REPO_ROOT, 'test/eval/corpora', `${part}-labels.jsonl`);
  return group(
    readJsonl(path).map((raw, i) => {
      const r = raw as { dialogue_id: string; turn: number; role: string; labels: unknown };
      const id = `${r.dialogue_id}#${r.turn}`;
      const line = text.get(id);
      if (line === undefined) throw new Error(`${path}:${i + 1}: ${id} is not in ${corporaDir}`);
      const role: Role = r.role === 'seller' || r.role === 'rep' ? 'rep' : 'prospect';
      return { conversation: r.dialogue_id, id, role, text: line, gold: labelsOf(r.labels, `${path}:${i + 1}`) };
    }),
  );
}
