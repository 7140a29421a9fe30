import { useState } from 'preact/hooks';
import type { ReviewedCall } from '../call-review';
import { callUrl } from '../review-store';
import { CallList } from './CallList';
import { CallPage } from './CallPage';

/**
 * `index.html` lists the calls; `index.html?call=<id>` reviews one. A transcript just imported is shown with
 * the review computed during the import (the address changes as if it had been opened).
 */
export function App() {
  const [imported, setImported] = useState<ReviewedCall | null>(null);
  const callId = imported?.bundle.call.callId ?? new URLSearchParams(location.search).get('call');
  const onImported = (reviewed: ReviewedCall) => {
    history.pushState(null, '', callUrl(reviewed.bundle.call.callId));
    setImported(reviewed);
  };
  return callId === null ? <CallList onImported={onImported} /> : <CallPage callId={callId} initial={imported} />;
}
