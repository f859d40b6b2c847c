// Runs `callback` once the page has nothing more pressing to do: after the
// tasks already waiting (the app's first render, src/renderApp.tsx, among
// them), or after `timeoutMs` at the latest. For what the page adds once a
// view is on screen (town names, the places' label placement, the offline
// copy's worker), so that it does not hold up the toolbar and panels. Returns
// a function that cancels.
export function whenIdle(callback: () => void, timeoutMs = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => callback(), { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(callback, 0);
  return () => clearTimeout(id);
}
