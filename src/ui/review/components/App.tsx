import { useEffect, useState } from 'preact/hooks';
import type { ReviewedCall } from '../call-review';
import { callUrl } from '../review-store';
import { CallList } from './CallList';
import { CallPage } from './CallPage';

/**
 * `index.html` lists the calls; `index.html?call=<id>` reviews one. A transcript just imported is shown with
 * the review computed during the import (the address changes as if it had been opened). The page always shows
 * what the address says, Back and Forward included.
 */
export function App() {
  const [search, setSearch] = useState(location.search);
  const [imported, setImported] = useState<ReviewedCall | null>(null);
  useEffect(() => {
    const follow = () => {
      // Notes typed on the imported call since are in the archive, not in the review kept from the import.
      setImported(null);
      setSearch(location.search);
    };
    addEventListener('popstate', follow);
    return () => removeEventListener('popstate', follow);
  }, []);
  const callId = new URLSearchParams(search).get('call');
  const onImported = (reviewed: ReviewedCall) => {
    history.pushState(null, '', callUrl(reviewed.bundle.call.callId));
    setImported(reviewed);
    setSearch(location.search);
  };
  if (callId === null) return <CallList onImported={onImported} />;
  return <CallPage key={callId} callId={callId} initial={imported?.bundle.call.callId === callId ? imported : null} />;
}
