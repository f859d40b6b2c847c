// A tiny typed event emitter for the map object (StoryMap.ts): Leaflet's
// Evented takes any string and any payload, so a misspelt event name or a
// wrong payload would only show at run time.
export class MapEvents<Events extends Record<string, unknown>> {
  private readonly listeners = new Map<keyof Events, Set<(event: never) => void>>();

  /** Calls `listener` on every `type` event; returns the function that stops it. */
  on<K extends keyof Events>(type: K, listener: (event: Events[K]) => void): () => void {
    let set = this.listeners.get(type);
    if (!set) {
      set = new Set();
      this.listeners.set(type, set);
    }
    set.add(listener as (event: never) => void);
    return () => this.off(type, listener);
  }

  off<K extends keyof Events>(type: K, listener: (event: Events[K]) => void): void {
    this.listeners.get(type)?.delete(listener as (event: never) => void);
  }

  protected fire<K extends keyof Events>(type: K, event: Events[K]): void {
    for (const listener of [...(this.listeners.get(type) ?? [])]) (listener as (event: Events[K]) => void)(event);
  }

  protected offAll(): void {
    this.listeners.clear();
  }
}
