/**
 * A bounded cache that forgets what was used least recently. Eviction drops the oldest tenth at
 * once: deleting the first entry of a Map one at a time makes each later `keys().next()` step over
 * the deleted slots, which cost more than the cached work on a long run.
 */
export class LruCache<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private limit: number) {}

  get size(): number { return this.map.size; }

  /**
   * Makes room for at least `n` entries. A document read in one pass with more parts than the
   * cache holds would evict each part before its next use (a cycle defeats least-recently-used),
   * so the cache grows to the largest document it serves.
   */
  reserve(n: number): void {
    if (n > this.limit) this.limit = n;
  }

  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      // Re-insert: insertion order is the eviction order.
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.limit) {
      let drop = Math.max(1, Math.floor(this.limit / 10));
      for (const k of this.map.keys()) {
        if (drop-- <= 0) break;
        this.map.delete(k);
      }
    }
  }
}
