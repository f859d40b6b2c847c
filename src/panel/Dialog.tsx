// A modal dialog: labelled by its heading, focus moved in on open and back to
// the opener on close, Tab kept inside, Escape and the close button close it.
import { useEffect, useRef, type ReactNode } from 'react';
import { useReturnFocus } from './useReturnFocus';

interface Props {
  /** id for the heading; also names the dialog */
  id: string;
  title: string;
  className?: string;
  onClose: () => void;
  children: ReactNode;
}

const FOCUSABLE = 'a[href], button:not([disabled]), textarea, input, select, [tabindex]:not([tabindex="-1"])';

export function Dialog({ id, title, className, onClose, children }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useReturnFocus();
  useEffect(function focusHeading() {
    heading.current?.focus();
  }, []);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
      return;
    }
    if (e.key !== 'Tab' || !box.current) return;
    const items = [...box.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && (document.activeElement === first || document.activeElement === heading.current)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={box} role="dialog" aria-modal="true" aria-labelledby={id} className={`dialog${className ? ` ${className}` : ''}`} onKeyDown={onKeyDown}>
        <button type="button" className="close" onClick={onClose} aria-label={`Close ${title.toLowerCase()}`}>×</button>
        <h2 id={id} tabIndex={-1} ref={heading}>{title}</h2>
        {children}
      </div>
    </div>
  );
}
