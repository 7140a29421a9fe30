import type { CallView, PanelToBackground } from '../../../contracts/messages';
import type { Side } from '../../../core/types';
import { t } from '../../i18n';

interface Props {
  participants: CallView['participants'];
  send(command: PanelToBackground): void;
}

/**
 * Who is on which side. Candor starts with "everyone but you is the buyer"; a colleague or a sales engineer
 * on the call is put on the rep's side here, and Candor remembers it by name for the next call.
 */
export function Participants({ participants, send }: Props) {
  const others = participants.filter((p) => !p.isSelf);
  if (others.length === 0) return null;
  const set = (name: string, side: Side) => send({ type: 'set-side', name, side });
  return (
    <details class="people" data-testid="participants">
      <summary>{t('whoIsWho', participants.length)}</summary>
      <ul>
        {participants.map((p) => (
          <li key={p.name}>
            <span class="people__name">{p.isSelf ? t('participantYou', p.name) : p.name}</span>
            {p.isSelf ? (
              <span class="people__side">{t('sideYours')}</span>
            ) : (
              <span class="people__toggle" role="group" aria-label={t('sideOf', p.name)}>
                <button type="button" aria-pressed={p.side === 'ours'} onClick={() => set(p.name, 'ours')}>
                  {t('sideOurs')}
                </button>
                <button type="button" aria-pressed={p.side === 'theirs'} onClick={() => set(p.name, 'theirs')}>
                  {t('sideTheirs')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
