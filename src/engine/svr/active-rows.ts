/**
 * Kernel rows gathered into the solver's current variable order: buffer[t] = K(s, t) for the
 * active variables t, as LIBSVM's get_Q produces them (before signs). Gathering from a cached
 * kernel row is memory-bound, and SMO picks the same few variables again and again, so gathered
 * rows are kept until the variable order changes (shrinking swaps variables or resizes the
 * active set; the solver then calls `invalidate`).
 */
import type { SvrQ } from './svr-q.ts';

/** Memory for gathered rows; a few MB suffice, as reuse happens between two shrinking steps. */
const BUDGET_BYTES = 8 * 2 ** 20;
const MAX_SLOTS = 256;

export class ActiveKernelRows {
  private readonly buffers: Float32Array[] = [];
  private readonly slotOfGroup: Int32Array;
  private readonly groupOfSlot: Int32Array;
  private readonly lastUse: Float64Array;
  private readonly capacity: number;
  private clock = 0;

  constructor(
    private readonly q: SvrQ,
    nGroups: number,
    private readonly nVariables: number,
  ) {
    this.capacity = Math.max(2, Math.min(MAX_SLOTS, Math.floor(BUDGET_BYTES / (4 * nVariables))));
    this.slotOfGroup = new Int32Array(nGroups).fill(-1);
    this.groupOfSlot = new Int32Array(this.capacity).fill(-1);
    this.lastUse = new Float64Array(this.capacity);
  }

  /** Forgets every gathered row (the variable order or the active set size changed). */
  invalidate(): void {
    for (let slot = 0; slot < this.buffers.length; slot++) {
      const group = this.groupOfSlot[slot]!;
      if (group >= 0) this.slotOfGroup[group] = -1;
      this.groupOfSlot[slot] = -1;
    }
  }

  /**
   * K(s, t) for t in [0, activeSize), valid until `invalidate` or until another row has been
   * requested (the two most recent rows are always both valid).
   */
  get(s: number, activeSize: number): Float32Array {
    const group = this.q.group;
    const g = group[s]!;
    const cached = this.slotOfGroup[g]!;
    if (cached >= 0) {
      this.lastUse[cached] = ++this.clock;
      return this.buffers[cached]!;
    }
    const slot = this.freeSlot();
    const buffer = this.buffers[slot]!;
    const row = this.q.kernelRow(s);
    for (let t = 0; t < activeSize; t++) buffer[t] = row[group[t]!]!;
    this.slotOfGroup[g] = slot;
    this.groupOfSlot[slot] = g;
    this.lastUse[slot] = ++this.clock;
    return buffer;
  }

  private freeSlot(): number {
    if (this.buffers.length < this.capacity) {
      this.buffers.push(new Float32Array(this.nVariables));
      return this.buffers.length - 1;
    }
    let oldest = 0;
    for (let slot = 1; slot < this.capacity; slot++) {
      if (this.lastUse[slot]! < this.lastUse[oldest]!) oldest = slot;
    }
    const previous = this.groupOfSlot[oldest]!;
    if (previous >= 0) this.slotOfGroup[previous] = -1;
    return oldest;
  }
}
