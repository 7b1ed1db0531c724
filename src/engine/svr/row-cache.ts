/**
 * Least-recently-used cache of kernel rows, one Float32Array of length nRows per cached row
 * (LIBSVM's `Cache`, simplified: SVR always asks for whole rows). A row is computed on a miss by
 * the `fill` callback; when the byte budget is used up the least recently used row's buffer is
 * reused, so after warm-up no memory is allocated.
 */
export class KernelRowCache {
  private readonly slotOfRow: Int32Array;
  private readonly rowOfSlot: Int32Array;
  private readonly buffers: Float32Array[] = [];
  /** Doubly linked LRU list over slots; index `capacity` is the sentinel (head = oldest). */
  private readonly prev: Int32Array;
  private readonly next: Int32Array;
  private readonly capacity: number;
  private readonly sentinel: number;

  /** Rows are numbered 0..nRows-1; `fill` computes one into a buffer of nRows floats. */
  constructor(
    private readonly nRows: number,
    budgetBytes: number,
    private readonly fill: (out: Float32Array, row: number) => void,
  ) {
    // At least two rows: the solver holds two rows (i and j) at once.
    this.capacity = Math.max(2, Math.min(nRows, Math.floor(budgetBytes / (4 * Math.max(1, nRows)))));
    this.sentinel = this.capacity;
    this.slotOfRow = new Int32Array(nRows).fill(-1);
    this.rowOfSlot = new Int32Array(this.capacity).fill(-1);
    this.prev = new Int32Array(this.capacity + 1).fill(this.sentinel);
    this.next = new Int32Array(this.capacity + 1).fill(this.sentinel);
  }

  /** The kernel row for `row`; valid until `capacity` other rows have been requested. */
  get(row: number): Float32Array {
    const cached = this.slotOfRow[row]!;
    if (cached >= 0) {
      this.unlink(cached);
      this.linkNewest(cached);
      return this.buffers[cached]!;
    }
    let slot: number;
    if (this.buffers.length < this.capacity) {
      slot = this.buffers.length;
      this.buffers.push(new Float32Array(this.nRows));
    } else {
      slot = this.next[this.sentinel]!;
      this.unlink(slot);
      this.slotOfRow[this.rowOfSlot[slot]!] = -1;
    }
    const buffer = this.buffers[slot]!;
    this.fill(buffer, row);
    this.slotOfRow[row] = slot;
    this.rowOfSlot[slot] = row;
    this.linkNewest(slot);
    return buffer;
  }

  private unlink(slot: number): void {
    const p = this.prev[slot]!;
    const n = this.next[slot]!;
    this.next[p] = n;
    this.prev[n] = p;
  }

  private linkNewest(slot: number): void {
    const last = this.prev[this.sentinel]!;
    this.next[last] = slot;
    this.prev[slot] = last;
    this.next[slot] = this.sentinel;
    this.prev[this.sentinel] = slot;
  }
}
