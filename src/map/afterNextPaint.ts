// Runs `callback` once the browser has drawn the next frame: requestAnimationFrame
// runs just before the frame is drawn, and a message posted from there is
// handled just after it, ahead of later timers. What the page changed before
// this call is on screen when `callback` runs. The app (whenDrawn.ts) and
// the benchmark's reference page (bench/reference.ts) time their first frame
// with it, so the two are measured alike. Returns a function that cancels.
export function afterNextPaint(callback: () => void): () => void {
  let cancelled = false;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (!cancelled) callback();
  };
  const frame = requestAnimationFrame(() => channel.port2.postMessage(null));
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    channel.port1.close();
  };
}
