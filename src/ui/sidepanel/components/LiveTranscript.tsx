import { useEffect, useRef } from 'preact/hooks';
import type { TranscriptLine } from '../../../contracts/messages';
import { keyPart, t, tDynamic } from '../../i18n';

/**
 * The last lines of the call, collapsed by default (a rep mid-call does not read transcripts). Lines the
 * classifier labelled are highlighted with their labels. Caption text is untrusted: rendered as text only.
 */
export function LiveTranscript({ lines }: { lines: readonly TranscriptLine[] }) {
  const list = useRef<HTMLOListElement>(null);
  const last = lines.at(-1);
  // Keep the newest line in view, as a live transcript should.
  useEffect(() => {
    const element = list.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [last?.id, last?.text]);
  return (
    <details class="section transcript" data-testid="transcript">
      <summary>
        <h2>{t('transcriptHeading')}</h2>
      </summary>
      {lines.length === 0 ? (
        <p class="hint">{t('transcriptEmpty')}</p>
      ) : (
        <ol ref={list}>
          {lines.map((line) => (
            <li key={line.id} class={`line line--${line.role} ${line.labels.length > 0 ? 'line--moment' : ''}`} data-labels={line.labels.join(' ')}>
              <span class="line__speaker">
                {line.speaker ?? t('speakerUnknown')} <span class="line__role">({line.role === 'rep' ? t('roleRep') : t('roleProspect')})</span>
              </span>
              <span class="line__text">{line.text}</span>
              {line.labels.length > 0 && (
                <span class="line__labels">
                  {line.labels.map((label) => (
                    <span key={label} class="chip">{tDynamic(`label_${keyPart(label)}`)}</span>
                  ))}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
