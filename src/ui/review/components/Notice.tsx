import { useEffect, useState } from 'preact/hooks';
import { noticeText, type StorageNotice } from '../../../storage/storage-notice';
import { forgetNotice, storageNotice } from '../review-store';

/** Tells the user when storage was full and old calls were deleted, until they dismiss it. */
export function Notice() {
  const [notice, setNotice] = useState<StorageNotice | null>(null);
  useEffect(() => void storageNotice().then(setNotice), []);
  if (notice === null) return null;
  return (
    <p class="notice" role="status" data-testid="storage-notice">
      {noticeText(notice)}{' '}
      <button type="button" onClick={() => void forgetNotice().then(() => setNotice(null))}>
        Dismiss
      </button>
    </p>
  );
}
