import { describe, expect, it } from 'vitest';
import { ArrayArena, freshArrays } from './array-arena.ts';

describe('ArrayArena', () => {
  it('hands out zero-filled arrays of the asked length, also after a run wrote them', () => {
    const arena = new ArrayArena();
    for (let run = 0; run < 3; run++) {
      arena.reset();
      const a = arena.int32(1000);
      const b = arena.float64(333);
      const c = arena.uint8(17);
      const d = arena.uint16(5);
      const e = arena.uint32(9);
      for (const x of [a, b, c, d, e]) {
        expect(Array.from(x).every((v) => v === 0)).toBe(true);
        x.fill(7);
      }
      expect([a.length, b.length, c.length, d.length, e.length]).toEqual([1000, 333, 17, 5, 9]);
    }
  });

  it('never lets two arrays of one run overlap, and keeps Float64Arrays aligned', () => {
    const arena = new ArrayArena();
    const arrays = [arena.uint8(3), arena.float64(4), arena.uint16(3), arena.int32(2_000_000)];
    arrays.forEach((x, k) => x.fill(k + 1));
    arrays.forEach((x, k) => expect(Array.from(x).every((v) => v === k + 1)).toBe(true));
    expect(arrays[1]!.byteOffset % 8).toBe(0);
  });

  it('reuses its buffers, so a run of the same shape allocates nothing', () => {
    const arena = new ArrayArena();
    const run = () => [arena.int32(600_000), arena.uint8(1000), arena.float64(300_000)];
    run();
    const asked = 600_000 * 4 + 1000 + 300_000 * 8;
    expect(arena.used).toBe(asked);
    // The first run took two buffers; the next gets one of the size the first asked for...
    arena.reset();
    const second = run();
    const capacity = arena.capacity;
    expect(capacity).toBeGreaterThanOrEqual(asked);
    expect(new Set(second.map((x) => x.buffer)).size).toBe(1);
    // ...and keeps it.
    arena.reset();
    const third = run();
    expect(arena.capacity).toBe(capacity);
    third.forEach((x, k) => {
      expect(x.buffer).toBe(second[k]!.buffer);
      expect(x.byteOffset).toBe(second[k]!.byteOffset);
    });
  });

  it('allocates one buffer for a run when told what it will ask for', () => {
    const arena = new ArrayArena();
    arena.reset(20_000_000);
    const arrays = [arena.int32(1_000_000), arena.uint8(3), arena.float64(1_000_000)];
    arrays.push(arena.int32(500_000));
    expect(new Set(arrays.map((x) => x.buffer)).size).toBe(1);
    expect(arena.capacity).toBe(20_000_000);
    // More than expected: the rest comes from a further buffer, and the next run gets one.
    arrays.push(arena.int32(3_000_000));
    expect(arrays[4]!.buffer).not.toBe(arrays[0]!.buffer);
    const used = arena.used;
    arena.reset(20_000_000);
    arena.int32(1);
    expect(arena.capacity).toBe(Math.ceil(used / 8) * 8);
  });

  it('gives memory back when runs get much smaller', () => {
    const arena = new ArrayArena();
    arena.int32(10_000_000);
    arena.reset();
    arena.int32(10);
    arena.reset();
    expect(arena.capacity).toBeLessThanOrEqual(4 << 20);
    arena.int32(3_000_000);
    arena.reset();
    arena.int32(1_000_000);
    expect(arena.capacity).toBeLessThanOrEqual((4 << 20) + 8_000_000);
  });

  it('keeps string arrays of the same length for the next run, and lets others go', () => {
    const arena = new ArrayArena();
    const first = [arena.strings(5), arena.strings(3)];
    expect(first[0]).not.toBe(first[1]);
    first[0]![0] = 'a@x.test';
    arena.reset();
    const again = arena.strings(5);
    expect(again).toBe(first[0]);
    expect(again[0]).toBe('a@x.test');
    expect(arena.strings(4)).not.toBe(first[1]);
    arena.reset();
    expect(arena.strings(5)).toBe(first[0]);
    expect(arena.strings(4)).toHaveLength(4);
  });

  it('has the fresh allocator as its counterpart', () => {
    expect(freshArrays.strings(3)).toHaveLength(3);
    expect(freshArrays.int32(4)).toEqual(new Int32Array(4));
    expect(freshArrays.float64(2)).toEqual(new Float64Array(2));
  });
});
