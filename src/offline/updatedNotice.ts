// "This map was updated": said once, on the page the new build reloaded into
// (registerWorker.ts reloads onto a new deployment). The flag crosses the
// reload in sessionStorage, which is this tab's only; storage a browser
// refuses (some private modes) only costs the notice.

const UPDATED_KEY = 'offline-copy-updated';

export const UPDATED_NOTICE = 'This map was updated.';

/** Called just before the reload onto the new build. */
export function rememberUpdate(): void {
  try {
    sessionStorage.setItem(UPDATED_KEY, '1');
  } catch {
    // No notice then; the new build still loads.
  }
}

/** The notice, the first time it is asked for after that reload; null otherwise. */
export function takeUpdatedNotice(): string | null {
  try {
    if (sessionStorage.getItem(UPDATED_KEY) === null) return null;
    sessionStorage.removeItem(UPDATED_KEY);
    return UPDATED_NOTICE;
  } catch {
    return null;
  }
}
