import { useState } from 'preact/hooks';
import { writeCallBundle } from '../../../storage/call-archive';
import { ImportError } from '../call-json';
import type { ReviewedCall } from '../call-review';
import { importCallId, importedCall, parseImportFile, type ParsedFile } from '../transcript-import';
import { callUrl, database, settings } from '../review-store';

type State =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string; progress: number }
  | { step: 'who'; parsed: Extract<ParsedFile, { kind: 'transcript' }>; rep: string }
  | { step: 'saving'; fileName: string }
  | { step: 'exists'; fileName: string; callId: string }
  | { step: 'failed'; message: string };

const withReview = (reviewed: ReviewedCall) => ({ bundle: reviewed.bundle, reviewed });

/**
 * The import's own work (reading and parsing, then reviewing and storing; not the time spent choosing the rep),
 * kept in sessionStorage so it survives the navigation to the call: the benchmark and the e2e test read it.
 */
function recordImportWork(): void {
  const at = (name: string) => performance.getEntriesByName(name).at(-1)?.startTime ?? 0;
  const parse = at('candor-import-parsed') - at('candor-import-start');
  const store = at('candor-import-saved') - at('candor-import-confirm');
  sessionStorage.setItem('candor-import-work-ms', JSON.stringify({ parse, store, total: parse + store }));
}

/** Import a transcript file (Zoom, Teams, Meet, .vtt, .srt, .txt, .json, .jsonl) or a Candor JSON export. */
export function ImportPanel({ onImported }: { onImported(reviewed: ReviewedCall): void }) {
  const [state, setState] = useState<State>({ step: 'idle' });

  /** Stores the call; a transcript's review, computed for its labels, is shown at once instead of computed again. */
  const save = async (make: () => Promise<{ bundle: Parameters<typeof writeCallBundle>[1]; reviewed?: ReviewedCall }>, fileName: string) => {
    setState({ step: 'saving', fileName });
    performance.mark('candor-import-confirm');
    try {
      const { bundle, reviewed } = await make();
      const db = await database();
      // Checked again here: the same call may have been stored from another tab since the file was read.
      if ((await db.get('calls', bundle.call.callId)) !== undefined) {
        setState({ step: 'exists', fileName, callId: bundle.call.callId });
        return;
      }
      performance.mark('candor-import-save');
      // Retention counts from now, not from when the call happened (a transcript of last year's call).
      bundle.call.storedAt = Date.now();
      await writeCallBundle(db, bundle);
      performance.mark('candor-import-saved');
      recordImportWork();
      if (reviewed === undefined) location.search = callUrl(bundle.call.callId);
      else onImported(reviewed);
    } catch (error) {
      setState({ step: 'failed', message: error instanceof ImportError ? error.message : `${fileName}: could not import (${(error as Error).message})` });
    }
  };

  const pick = async (file: File | undefined) => {
    if (file === undefined) return;
    performance.clearMarks();
    performance.mark('candor-import-start');
    setState({ step: 'reading', fileName: file.name, progress: 0 });
    try {
      const parsed = await parseImportFile(file, (progress) => setState({ step: 'reading', fileName: file.name, progress }));
      performance.mark('candor-import-parsed');
      // A call's id comes from what was said (importCallId), so a transcript imported before is recognised
      // before the rep is asked for: the user is offered the stored call instead of a second copy of it.
      const callId = parsed.kind === 'export' ? parsed.bundle.call.callId : importCallId(parsed);
      if ((await (await database()).get('calls', callId)) !== undefined) setState({ step: 'exists', fileName: file.name, callId });
      else if (parsed.kind === 'export') await save(async () => ({ bundle: parsed.bundle }), file.name);
      else if (parsed.hasRoles) await save(async () => withReview(importedCall(parsed, null, callId, await settings())), file.name);
      else setState({ step: 'who', parsed, rep: parsed.speakers[0] ?? '' });
    } catch (error) {
      setState({ step: 'failed', message: error instanceof ImportError ? error.message : `${file.name}: could not read the file (${(error as Error).message})` });
    }
  };

  return (
    <section class="import" aria-label="Import a transcript">
      <h2>Import a transcript</h2>
      <p class="muted" id="import-formats">
        A Zoom or Teams <code>.vtt</code>, an <code>.srt</code>, a Google Meet transcript saved as <code>.txt</code>, an Otter.ai <code>.txt</code> export, <code>Name: text</code> lines, JSON lines,
        or a call exported from Candor. Read on this computer; nothing is uploaded.
      </p>
      <input
        type="file"
        accept=".vtt,.srt,.txt,.json,.jsonl,.ndjson,text/*"
        aria-label="Transcript file to import"
        aria-describedby="import-formats"
        data-testid="import-file"
        disabled={state.step === 'reading' || state.step === 'saving'}
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          // Browsers fire "change" only when the chosen file differs from the one the input holds, so without
          // this, choosing the same file again (after an error, after Cancel, or fixed in an editor) did nothing.
          // The File already taken stays readable.
          input.value = '';
          void pick(file);
        }}
      />
      {state.step === 'reading' && (
        <p class="progress">
          Reading {state.fileName}… <progress max={1} value={state.progress} /> {Math.round(state.progress * 100)}%
        </p>
      )}
      {state.step === 'saving' && <p class="progress">Reviewing and saving {state.fileName}…</p>}
      {state.step === 'exists' && (
        <p role="status" data-testid="import-exists">
          {state.fileName} is already in your history. <a href={callUrl(state.callId)}>Open it</a> (to import it again, delete it there first).
        </p>
      )}
      {state.step === 'failed' && (
        <p class="error" role="alert" data-testid="import-error">
          {state.message}
        </p>
      )}
      {state.step === 'who' && (
        <form
          class="who"
          onSubmit={(e) => {
            e.preventDefault();
            const { parsed, rep } = state;
            void save(async () => withReview(importedCall(parsed, rep, importCallId(parsed), await settings())), parsed.fileName);
          }}
        >
          <fieldset>
            <legend>Who is the rep in {state.parsed.fileName}? ({state.parsed.utterances.length} turns)</legend>
            {state.parsed.speakers.map((name) => (
              <label key={name}>
                <input type="radio" name="rep" value={name} checked={state.rep === name} onChange={() => setState({ ...state, rep: name })} /> {name}
              </label>
            ))}
          </fieldset>
          <button type="submit" data-testid="import-confirm">
            Import and review
          </button>{' '}
          <button type="button" onClick={() => setState({ step: 'idle' })}>
            Cancel
          </button>
        </form>
      )}
    </section>
  );
}
