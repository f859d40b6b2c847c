// Short, dismissable notices: ignored permalink parts, unavailable tiles.
interface Props {
  notices: readonly string[];
  onDismiss: () => void;
}

export function Notices({ notices, onDismiss }: Props) {
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" aria-live="polite">
      <ul>
        {notices.map((n, i) => <li key={i} className="notice">{n}</li>)}
      </ul>
      <button type="button" onClick={onDismiss}>Dismiss</button>
    </div>
  );
}
