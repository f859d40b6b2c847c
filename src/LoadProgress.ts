// The sign that the map is loading, from the first paint to the map on screen.
// The page's static markup (index.html) shows it before any script has run,
// since the Content-Security-Policy allows no inline script; the entry takes
// it over here and says what it still waits for, then takes it away. A page
// whose script never runs keeps it, with its "reload" line, which CSS reveals
// after a while (styles.css), so a reader is never left with a blank page.

/** The id of index.html's static loading sign. */
export const LOAD_PROGRESS_ID = 'load-progress';

export class LoadProgress {
  private readonly element: HTMLElement;
  private readonly text: HTMLElement;
  private readonly waiting: string[];

  /** `waiting`: what is being loaded, in a reader's words ("the events"), in the order named. */
  constructor(doc: Document, waiting: readonly string[]) {
    this.waiting = [...new Set(waiting)];
    this.element = doc.getElementById(LOAD_PROGRESS_ID) ?? LoadProgress.create(doc);
    // The script runs: it says when something fails, so the static "still nothing?" line is not needed.
    this.element.querySelector('.load-progress-stuck')?.remove();
    this.text = this.element.querySelector('.load-progress-text') ?? this.element;
    this.element.hidden = false;
    this.element.setAttribute('aria-busy', 'true');
    this.render();
  }

  /** One of the things waited for has come (or failed: the fault notice says so). */
  settled(what: string): void {
    const at = this.waiting.indexOf(what);
    if (at >= 0) this.waiting.splice(at, 1);
    this.render();
  }

  /** Loading is over: the sign goes. */
  done(): void {
    this.element.setAttribute('aria-busy', 'false');
    this.element.hidden = true;
  }

  private render(): void {
    this.text.textContent = this.waiting.length > 0 ? `Loading the map: ${listed(this.waiting)}…` : 'Drawing the map…';
  }

  private static create(doc: Document): HTMLElement {
    const element = doc.createElement('div');
    element.id = LOAD_PROGRESS_ID;
    element.className = 'load-progress';
    element.setAttribute('role', 'status');
    const text = doc.createElement('p');
    text.className = 'load-progress-text';
    element.append(text);
    doc.body.append(element);
    return element;
  }
}

/** "a", "a and b", "a, b and c". */
export function listed(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
