// What the reader is told when part of the map could not be loaded, and what
// helps: plain words naming the part ("the events could not be loaded"), a
// Retry button, and the technical reasons under a disclosure. Or, when the
// app's own code did not arrive or failed at start, that the controls could
// not load, with Reload. Plain DOM, not React: it must work when React itself
// is what failed to load, and it sits over the map without touching it.
import type { LoadFault } from './data/fetchDataFiles';
import { listed } from './LoadProgress';

/**
 * Automatic tries after a fault, this long after each other (ms); then only the button.
 * A browser test may set window.__loadFaultDelaysMs before the page loads
 * (tests/browser/loadFaults.test.ts), so that it waits for a retry in tenths
 * of a second rather than in real seconds; a reader's page never has it.
 */
export const RETRY_DELAYS_MS: readonly number[] =
  (globalThis as { __loadFaultDelaysMs?: readonly number[] }).__loadFaultDelaysMs ?? [1000, 2000, 4000];

export class LoadFaults {
  private element: HTMLElement | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly doc: Document) {}

  /**
   * Says that `parts` (a reader's words) could not be loaded, for `faults`;
   * `retry` is called by the button, and by itself after RETRY_DELAYS_MS[tries]
   * while tries are left.
   */
  showFaults(parts: readonly string[], faults: readonly LoadFault[], tries: number, retry: () => void): void {
    this.clear();
    const element = this.notice('load-faults');
    const heading = this.doc.createElement('p');
    heading.className = 'load-faults-title';
    const what = parts.length > 0 ? listed(parts) : 'part of the map';
    heading.textContent = `${capitalised(what)} could not be loaded. The rest of the map works; your connection or the site may be having trouble.`;
    const status = this.doc.createElement('p');
    status.className = 'load-faults-status';
    const button = this.button('Retry', retry);
    const details = this.doc.createElement('details');
    const summary = this.doc.createElement('summary');
    summary.textContent = 'Details';
    const list = this.doc.createElement('ul');
    for (const fault of faults) {
      const item = this.doc.createElement('li');
      item.textContent = `${fault.file}: ${fault.reason}`;
      list.append(item);
    }
    details.append(summary, list);
    element.append(heading, status, button, details);
    const delay = RETRY_DELAYS_MS[tries];
    if (delay !== undefined) {
      status.textContent = `Trying again in ${Math.round(delay / 1000)} s…`;
      this.timer = setTimeout(retry, delay);
    }
  }

  /** While a retry is under way: the button waits. */
  retrying(): void {
    clearTimeout(this.timer);
    const status = this.element?.querySelector('.load-faults-status');
    if (status) status.textContent = 'Trying again…';
    const button = this.element?.querySelector('button');
    if (button) button.disabled = true;
  }

  /** The app's own code did not arrive or failed at start; `drawn`: whether the map is on screen. */
  showCodeFault(drawn: boolean, reason: string): void {
    this.clear();
    const element = this.notice('load-code-fault');
    const text = this.doc.createElement('p');
    text.textContent = drawn
      ? "The map's controls could not be loaded. The map still pans and zooms; reloading the page may bring the rest."
      : 'The map could not be loaded: part of its code did not arrive. Reloading the page may help.';
    const details = this.doc.createElement('details');
    const summary = this.doc.createElement('summary');
    summary.textContent = 'Details';
    const why = this.doc.createElement('p');
    why.textContent = reason;
    details.append(summary, why);
    element.append(text, this.button('Reload', () => this.doc.defaultView?.location.reload()), details);
  }

  /** Takes the notice away (the fault is over). */
  clear(): void {
    clearTimeout(this.timer);
    this.element?.remove();
    this.element = null;
  }

  private notice(className: string): HTMLElement {
    const element = this.doc.createElement('div');
    element.className = `load-notice ${className}`;
    element.setAttribute('role', 'alert');
    this.doc.body.append(element);
    this.element = element;
    return element;
  }

  private button(label: string, onClick: () => void): HTMLButtonElement {
    const button = this.doc.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.addEventListener('click', onClick);
    return button;
  }
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
