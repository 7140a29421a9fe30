import { useState } from 'preact/hooks';
import type { CallView, PanelToBackground } from '../../../contracts/messages';
import { t } from '../../i18n';

/** Shadow mode: mark this moment of the call with a note, to come back to it in the review. */
export function BookmarkForm({ call, send }: { call: CallView; send(command: PanelToBackground): void }) {
  const [note, setNote] = useState('');
  const save = (event: Event) => {
    event.preventDefault();
    send({ type: 'bookmark', callId: call.callId, note: note.slice(0, 1_000) });
    setNote('');
  };
  return (
    <form class="bookmark" onSubmit={save} data-testid="bookmark-form">
      <label class="bookmark__label">
        <span>{t('bookmark')}</span>
        <input type="text" value={note} maxLength={1_000} placeholder={t('bookmarkNote')} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <button type="submit" class="button">{t('bookmarkSave')}</button>
      {call.bookmarks > 0 && (
        <p class="bookmark__count" role="status">
          {t('bookmarkSaved', call.bookmarks)}
        </p>
      )}
    </form>
  );
}
