/** Hands out zero-filled typed arrays, as `new Int32Array(n)` and friends would. */
export type ArrayAlloc = {
  int32(n: number): Int32Array;
  uint8(n: number): Uint8Array;
  uint16(n: number): Uint16Array;
  uint32(n: number): Uint32Array;
  float64(n: number): Float64Array;
};

/** Fresh arrays on every call. */
export const freshArrays: ArrayAlloc = {
  int32: (n) => new Int32Array(n),
  uint8: (n) => new Uint8Array(n),
  uint16: (n) => new Uint16Array(n),
  uint32: (n) => new Uint32Array(n),
  float64: (n) => new Float64Array(n),
};

type Slab = { buffer: ArrayBuffer; offset: number; dirty: number };

const MIN_SLAB = 1 << 20;

/**
 * Typed arrays carved from buffers that are kept from one run to the next. Why: a run over a
 * million mailboxes needs ~300 MB of scratch arrays. Fresh ArrayBuffers count as V8's
 * "external memory", and every 64 MB of it starts a full collection of the whole heap, which
 * then holds the inventory itself (~550 MB, ~200 ms a collection, 2–3 per run). Reusing the
 * buffers takes those collections out of every run after the first.
 *
 * Arrays stay valid until `reset()`, which starts the next run; nothing is freed one by one.
 */
export class ArrayArena implements ArrayAlloc {
  #slabs: Slab[] = [];
  #current = 0;
  #used = 0;

  int32(n: number): Int32Array {
    const [buffer, at] = this.#take(n * 4);
    return new Int32Array(buffer, at, n);
  }
  uint8(n: number): Uint8Array {
    const [buffer, at] = this.#take(n);
    return new Uint8Array(buffer, at, n);
  }
  uint16(n: number): Uint16Array {
    const [buffer, at] = this.#take(n * 2);
    return new Uint16Array(buffer, at, n);
  }
  uint32(n: number): Uint32Array {
    const [buffer, at] = this.#take(n * 4);
    return new Uint32Array(buffer, at, n);
  }
  float64(n: number): Float64Array {
    const [buffer, at] = this.#take(n * 8);
    return new Float64Array(buffer, at, n);
  }

  /** Bytes held between runs. */
  get capacity(): number {
    return this.#slabs.reduce((sum, s) => sum + s.buffer.byteLength, 0);
  }

  /**
   * Starts a new run: every array handed out so far may be overwritten. The buffers become
   * one, as large as the last run needed, so a run of the same size allocates nothing.
   */
  reset(): void {
    const used = this.#used;
    const capacity = this.capacity;
    if (this.#slabs.length > 1 || capacity > 4 * Math.max(used, MIN_SLAB)) {
      this.#slabs =
        used > 0
          ? [{ buffer: new ArrayBuffer(Math.max(used, MIN_SLAB)), offset: 0, dirty: 0 }]
          : [];
    }
    for (const s of this.#slabs) s.offset = 0;
    this.#current = 0;
    this.#used = 0;
  }

  #take(bytes: number): [ArrayBuffer, number] {
    // Eight-byte steps keep every Float64Array aligned.
    const size = Math.ceil(bytes / 8) * 8;
    this.#used += size;
    for (; this.#current < this.#slabs.length; this.#current++) {
      const s = this.#slabs[this.#current]!;
      if (s.offset + size > s.buffer.byteLength) continue;
      const at = s.offset;
      s.offset += size;
      // A new buffer is zero; only bytes an earlier run wrote need clearing.
      if (at < s.dirty) new Uint8Array(s.buffer, at, Math.min(size, s.dirty - at)).fill(0);
      s.dirty = Math.max(s.dirty, s.offset);
      return [s.buffer, at];
    }
    const capacity = this.capacity;
    const slab = {
      buffer: new ArrayBuffer(Math.max(size, MIN_SLAB, capacity)),
      offset: size,
      dirty: size,
    };
    this.#slabs.push(slab);
    return [slab.buffer, 0];
  }
}
