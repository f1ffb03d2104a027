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

type Chunk = { buffer: ArrayBuffer; dirty: number };

/** The smallest buffer the arena allocates: small arrays share one. */
const MIN_CHUNK = 4 << 20;

/**
 * Typed arrays carved from buffers that are kept from one run to the next. Why: a run over a
 * million mailboxes needs ~300 MB of scratch arrays. Fresh ArrayBuffers count as V8's
 * "external memory", and every 64 MB of it starts a full collection of the whole heap, which
 * then holds the inventory itself (~550 MB, ~400 ms a collection). Reusing the buffers takes
 * those collections out of every run after the first; `reset(expected)` takes them out of the
 * first too: one buffer of the expected size, allocated at once, starts at most one
 * (measured at a million mailboxes: three collections and 3.2 s for the first run before,
 * none and 1.9 s after).
 *
 * Arrays are handed out in order from one buffer until it is full, then from the next. A run
 * that asks for the same arrays as the run before it gets the same places, and allocates
 * nothing. Arrays stay valid until `reset()`, which starts the next run.
 */
export class ArrayArena implements ArrayAlloc {
  #chunks: Chunk[] = [];
  #chunk = 0;
  #offset = 0;
  #used = 0;
  /** The size of the next buffer to allocate when the current ones are full. */
  #nextSize = MIN_CHUNK;
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
    return this.#chunks.reduce((sum, c) => sum + c.buffer.byteLength, 0);
  }

  /** Bytes handed out since the last reset. */
  get used(): number {
    return this.#used;
  }

  /**
   * Starts a new run: every array handed out so far may be overwritten. `expectedBytes` is
   * what the run will likely ask for. The run gets one buffer of that size, or of what the
   * last run asked for if more: the one it has if that is large enough and at most twice
   * that, else a new one (so memory follows the runs' needs down as well as up).
   */
  reset(expectedBytes = 0): void {
    const want = Math.max(this.#used, expectedBytes, MIN_CHUNK);
    const only = this.#chunks.length === 1 ? this.#chunks[0]!.buffer.byteLength : 0;
    if (only < want || only > 2 * want) {
      this.#chunks = [];
      this.#nextSize = Math.ceil(want / 8) * 8;
    }
    this.#strings = this.#strings.slice(0, this.#nextStrings);
    this.#chunk = 0;
    this.#offset = 0;
    this.#used = 0;
    this.#nextStrings = 0;
  }

  #take(bytes: number): [ArrayBuffer, number] {
    // Eight-byte steps keep every Float64Array aligned.
    const size = Math.ceil(bytes / 8) * 8;
    this.#used += size;
    for (; this.#chunk < this.#chunks.length; this.#chunk++, this.#offset = 0) {
      const c = this.#chunks[this.#chunk]!;
      if (this.#offset + size <= c.buffer.byteLength) return [c.buffer, this.#claim(c, size)];
    }
    const c = { buffer: new ArrayBuffer(Math.max(size, this.#nextSize)), dirty: 0 };
    this.#nextSize = MIN_CHUNK;
    this.#chunks.push(c);
    return [c.buffer, this.#claim(c, size)];
  }

  /** Takes `size` bytes at the offset, zeroing what an earlier run wrote there. */
  #claim(c: Chunk, size: number): number {
    const at = this.#offset;
    this.#offset += size;
    // A new buffer is zero; only bytes an earlier run wrote need clearing.
    if (at < c.dirty) new Uint8Array(c.buffer, at, Math.min(size, c.dirty - at)).fill(0);
    c.dirty = Math.max(c.dirty, this.#offset);
    return at;
  }
}
