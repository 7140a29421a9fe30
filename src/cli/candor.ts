/**
 * `candor`: the command line for transcripts.
 *   candor classify FILE.jsonl             one JSON line of labels per utterance, judged in context
 *   candor review FILE --me NAME [--json]  the call review (see docs/cli.md)
 * Input problems exit with code 2 and a message naming the file and line; nothing is written to stdout unless
 * the whole input was read.
 */
import { readFileSync } from 'node:fs';
import { classify } from '../core/classifier';
import { reviewCall, type ReviewUtterance } from '../core/metrics/review';
import { createIdCheck } from '../core/transcripts/jsonl-transcript';
import { createReviewUtterances } from '../core/transcripts/review-utterances';
import type { RoledUtterance } from '../core/types';
import { parseCommandArgs, UsageError, type CommandArgs, type OptionSpec } from './command-args';
import { formatReview, plain } from './format-review';
import { handleOutputErrors } from './output-errors';
import { checkFile, InputError, inputName } from './read-lines';
import { spoolInput } from './spool-input';
import { readTranscript } from './transcript-file';

const CONTEXT_TURNS = 8;
const OPTIONS: Record<string, OptionSpec> = {
  classify: {},
  review: { me: { type: 'string' }, json: { type: 'boolean' }, competitor: { type: 'string', multiple: true } },
};
const USAGE = `Usage:
  candor classify FILE.jsonl
      Reads one utterance per line, in conversation order:
        {"id": "u1", "role": "rep"|"prospect", "speaker"?: "...", "text": "...", "t"?: seconds}
      ("seller"/"buyer" are accepted as roles) and writes one line per utterance:
        {"id": "u1", "labels": [{"label": "...", "confidence": 0.8, "evidence": "..."}]}
  candor review FILE --me NAME [--json] [--competitor NAME ...]
      FILE is a Zoom/Teams .vtt, an .srt, a Google Meet transcript saved as .txt, an Otter.ai .txt export,
      "Name: text" lines, or the JSONL above. --me names the rep (not needed for JSONL). Prints the call review; --json for machines
      (fields in docs/cli.md).
  candor --help | --version
FILE may be - (or /dev/stdin) to read a pipe; the format is then told from the first line. --opt=value works too.
`;

function fail(message: string, code = 2): never {
  process.stderr.write(`candor: ${message}\n`);
  process.exit(code);
}

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

function toRoled(id: string, role: RoledUtterance['role'], speaker: string | null, text: string, t: number | null, index: number): RoledUtterance {
  const start = Math.round((t ?? index) * 1000);
  return { id, role, speaker, text, start, end: start, final: true };
}

async function classifyCommand(path: string): Promise<void> {
  const name = inputName(path);
  const file = (await checkFile(path)) === 'pipe' ? await spoolInput(path) : path;
  // First pass: validate every line, so a broken line 90,000 never leaves 89,999 lines of output behind.
  for await (const _ of readTranscript(file, 'jsonl', name));
  const context: RoledUtterance[] = [];
  let index = 0;
  const chunks: string[] = [];
  for await (const u of readTranscript(file, 'jsonl', name)) {
    const roled = toRoled(u.id ?? `u${index + 1}`, u.role ?? 'prospect', u.speaker, u.text, u.start, index);
    const labels = classify(roled, { previous: context.slice(-CONTEXT_TURNS) });
    chunks.push(`${JSON.stringify({ id: roled.id, labels })}\n`);
    if (chunks.length >= 512) process.stdout.write(chunks.splice(0).join(''));
    context.push(roled);
    if (context.length > CONTEXT_TURNS * 4) context.splice(0, context.length - CONTEXT_TURNS);
    index += 1;
  }
  process.stdout.write(chunks.join(''));
}

async function reviewCommand(path: string, args: CommandArgs): Promise<void> {
  const file = inputName(path);
  // Matched as the review page matches its rep (createRepMatch): "(Guest)", spacing and case do not count.
  const me = args.strings('me')[0];
  const utterances: ReviewUtterance[] = [];
  const speakers = new Set<string>();
  let rolesFromFile = false;
  const checkId = createIdCheck();
  const reviewUtterance = createReviewUtterances(me ?? null);
  for await (const u of readTranscript(path)) {
    try {
      checkId(u);
    } catch (error) {
      fail(plain(`${file}:${u.line}: ${(error as Error).message}`));
    }
    if (u.role !== undefined) rolesFromFile = true;
    const r = reviewUtterance(u);
    if (r === null) continue;
    if (u.speaker !== null) speakers.add(u.speaker);
    utterances.push(r);
  }
  if (utterances.length === 0) fail(`${file}: no utterances found (expected "Name: text" lines, WebVTT, SRT or JSONL)`);
  const hasRoles = utterances.some((u) => u.role === 'rep');
  // JSONL carries its roles and --me plays no part: asking for --me there sent people round in circles.
  if (!hasRoles && rolesFromFile) fail(`${file}: no line has "role": "rep" (or "seller"); in JSONL the roles come from the file, not from --me`, 64);
  if (!hasRoles) {
    const names = plain([...speakers].join(', '));
    fail(me === undefined ? `${file}: say who the rep is with --me NAME (speakers: ${names})` : `${file}: no speaker called "${plain(me.trim())}" (speakers: ${names})`, 64);
  }
  const review = reviewCall(utterances, { competitors: args.strings('competitor') });
  process.stdout.write(args.flag('json') ? `${JSON.stringify(review, null, 2)}\n` : formatReview(review, file));
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  if (command === '--version') {
    process.stdout.write(`${packageVersion()}\n`);
    return;
  }
  // hasOwn: "candor toString f" must not find Object's own properties.
  const spec = Object.hasOwn(OPTIONS, command) ? OPTIONS[command] : undefined;
  if (spec === undefined) fail(`unknown command "${command}"\n\n${USAGE}`, 64);
  let args: CommandArgs;
  try {
    args = parseCommandArgs(command, rest, spec);
  } catch (error) {
    if (error instanceof UsageError) fail(plain(error.message), 64);
    throw error;
  }
  if (args.files.length !== 1) fail(`${command} needs exactly one FILE\n\n${USAGE}`, 64);
  const file = args.files[0] as string;
  if (command === 'classify') await classifyCommand(file);
  else await reviewCommand(file, args);
}

handleOutputErrors();
main(process.argv.slice(2)).catch((error: unknown) => {
  // Messages can quote the file (a broken timing line, an id): printed as text, like the review.
  if (error instanceof InputError) fail(plain(error.message));
  fail(`unexpected error: ${(error as Error).stack ?? String(error)}`, 70);
});
