import type { Span } from '../types';

/**
 * Maps offsets in projected prose back to offsets in the Markdown source. Prose is built from
 * segments; each segment is a run of prose characters copied from one run of source characters
 * (or a stand-in, such as a space for a line break, that maps to one source position).
 */
export class SourceMap {
  private readonly prose: number[];
  private readonly source: number[];
  private readonly length: number[];
  /** Added to every source offset: a map built for a chunk, placed in its document. */
  private readonly delta: number;

  constructor(shared?: { prose: number[]; source: number[]; length: number[]; delta: number }) {
    this.prose = shared?.prose ?? [];
    this.source = shared?.source ?? [];
    this.length = shared?.length ?? [];
    this.delta = shared?.delta ?? 0;
  }

  /** The same map with every source offset moved by `delta` (sharing, not copying, the segments). */
  shifted(delta: number): SourceMap {
    return new SourceMap({ prose: this.prose, source: this.source, length: this.length, delta: this.delta + delta });
  }

  add(proseStart: number, sourceStart: number, length: number): void {
    const n = this.prose.length - 1;
    // Merge with the previous segment when both runs continue each other (the common case).
    if (n >= 0 && this.prose[n] + this.length[n] === proseStart && this.source[n] + this.length[n] === sourceStart) {
      this.length[n] += length;
      return;
    }
    this.prose.push(proseStart);
    this.source.push(sourceStart);
    this.length.push(length);
  }

  /** Appends another map's segments, its prose placed at `proseStart` in this one (joining table cells into a row). */
  append(other: SourceMap, proseStart: number): void {
    for (let i = 0; i < other.prose.length; i++) this.add(proseStart + other.prose[i], other.source[i] + other.delta, other.length[i]);
  }

  /** Source offset of the prose character at `offset`. */
  toSource(offset: number): number {
    const i = this.segmentAt(offset);
    if (i < 0) return (this.source[0] ?? 0) + this.delta;
    return this.delta + this.source[i] + Math.min(offset - this.prose[i], Math.max(0, this.length[i] - 1));
  }

  /** Source span covering prose [start, end): from the first character to just after the last. */
  spanToSource(span: Span): Span {
    if (span.end <= span.start) { const s = this.toSource(span.start); return { start: s, end: s }; }
    return { start: this.toSource(span.start), end: this.toSource(span.end - 1) + 1 };
  }

  private segmentAt(offset: number): number {
    let lo = 0, hi = this.prose.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.prose[mid] <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  }
}
