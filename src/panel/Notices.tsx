// Short, dismissable notices: ignored permalink parts, unavailable tiles.
import { memo } from 'react';

interface Props {
  notices: readonly string[];
  onDismiss: () => void;
}

// memo: the app re-renders on every date step and pan; this redraws only when its props change.
export const Notices = memo(function Notices({ notices, onDismiss }: Props) {
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" aria-live="polite">
      <ul>
        {notices.map((n, i) => <li key={i} className="notice">{n}</li>)}
      </ul>
      <button type="button" onClick={onDismiss}>Dismiss</button>
    </div>
  );
});
