/** Hands out zero-filled typed arrays, as `new Int32Array(n)` and friends would. */
export type ArrayAlloc = {
  int32(n: number): Int32Array;
  uint8(n: number): Uint8Array;
  uint16(n: number): Uint16Array;
  uint32(n: number): Uint32Array;
  float64(n: number): Float64Array;
  /**
   * `n` slots for strings. Unlike the typed arrays they are not cleared: a slot may hold an
   * earlier run's string until written.
   */
  strings(n: number): string[];
};

/** Fresh arrays on every call. */
export const freshArrays: ArrayAlloc = {
  int32: (n) => new Int32Array(n),
  uint8: (n) => new Uint8Array(n),
  uint16: (n) => new Uint16Array(n),
  uint32: (n) => new Uint32Array(n),
  float64: (n) => new Float64Array(n),
  // oxlint-disable-next-line unicorn/no-new-array -- a preset length is faster to fill
  strings: (n) => new Array<string>(n),
};

type Slab = { buffer: ArrayBuffer; offset: number; dirty: number };

/** Small arrays share slabs of this size; larger ones get a buffer each. */
const SLAB = 4 << 20;
const LARGE = 1 << 20;

/**
 * Typed arrays carved from buffers that are kept from one run to the next. Why: a run over a
 * million mailboxes needs ~300 MB of scratch arrays. Fresh ArrayBuffers count as V8's
 * "external memory", and every 64 MB of it starts a full collection of the whole heap, which
 * then holds the inventory itself (~550 MB, ~200 ms a collection, 2–3 per run). Reusing the
 * buffers takes those collections out of every run after the first.
 *
 * A run asks for the same arrays in the same order as the run before it when the inventory
 * is the same, so buffers are handed out in order and a repeated run allocates nothing.
 * Arrays stay valid until `reset()`, which starts the next run; nothing is freed one by one.
 */
export class ArrayArena implements ArrayAlloc {
  #small: Slab[] = [];
  #current = 0;
  #large: Slab[] = [];
  #nextLarge = 0;
  #strings: string[][] = [];
  #nextStrings = 0;

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

  /**
   * Arrays of strings are kept too: at a million mailboxes one is 8 MB of fresh heap pages
   * (measured in one process: the index took ~25% less time at both sizes when its scratch
   * array was kept). It holds the last run's strings until the next run; the worker holds
   * that inventory anyway.
   */
  strings(n: number): string[] {
    const k = this.#nextStrings++;
    const old = this.#strings[k];
    if (old?.length === n) return old;
    // oxlint-disable-next-line unicorn/no-new-array -- a preset length is faster to fill
    const fresh = new Array<string>(n);
    this.#strings[k] = fresh;
    return fresh;
  }

  /** Bytes held between runs. */
  get capacity(): number {
    let sum = 0;
    for (const s of [...this.#small, ...this.#large]) sum += s.buffer.byteLength;
    return sum;
  }

  /**
   * Starts a new run: every array handed out so far may be overwritten. Buffers the last run
   * did not use are let go, so memory follows the last run's needs.
   */
  reset(): void {
    this.#small = this.#small.filter((s) => s.offset > 0);
    this.#large = this.#large.slice(0, this.#nextLarge);
    this.#strings = this.#strings.slice(0, this.#nextStrings);
    for (const s of [...this.#small, ...this.#large]) s.offset = 0;
    this.#current = 0;
    this.#nextLarge = 0;
    this.#nextStrings = 0;
  }

  #take(bytes: number): [ArrayBuffer, number] {
    // Eight-byte steps keep every Float64Array aligned.
    const size = Math.ceil(bytes / 8) * 8;
    if (size >= LARGE) return [this.#takeLarge(size), 0];
    for (; this.#current < this.#small.length; this.#current++) {
      const s = this.#small[this.#current]!;
      if (s.offset + size <= s.buffer.byteLength) return [s.buffer, claim(s, size)];
    }
    const slab = { buffer: new ArrayBuffer(SLAB), offset: 0, dirty: 0 };
    this.#small.push(slab);
    return [slab.buffer, claim(slab, size)];
  }

  #takeLarge(size: number): ArrayBuffer {
    const k = this.#nextLarge++;
    const old = this.#large[k];
    // Reuse the buffer in this position unless it is too small, or much too large to keep.
    if (old && old.buffer.byteLength >= size && old.buffer.byteLength <= 2 * size) {
      claim(old, size);
      return old.buffer;
    }
    const slab = { buffer: new ArrayBuffer(size), offset: 0, dirty: 0 };
    claim(slab, size);
    this.#large[k] = slab;
    return slab.buffer;
  }
}

/** Takes `size` bytes at the slab's offset, zeroing what an earlier run wrote there. */
function claim(s: Slab, size: number): number {
  const at = s.offset;
  s.offset += size;
  // A new buffer is zero; only bytes an earlier run wrote need clearing.
  if (at < s.dirty) new Uint8Array(s.buffer, at, Math.min(size, s.dirty - at)).fill(0);
  s.dirty = Math.max(s.dirty, s.offset);
  return at;
}
