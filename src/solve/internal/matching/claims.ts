/**
 * Passes shared by claims: the calling thread opens a pass of some chunks (of rows, say) on a board
 * in shared memory, and it and a helper thread each take the next chunk left until none is, by an
 * atomic compare-and-swap on one word; the calling thread then waits for the chunks the helper took.
 * A helper busy elsewhere simply takes none: the calling thread never waits for one that is not
 * working for it. Each chunk is worked by one thread, with the same code, so the pass's result
 * does not depend on who took what.
 *
 * The claim word holds the pass's tag (its number, on 15 bits) and its next chunk (16 bits); a
 * helper takes a chunk only if the word still holds the tag it read the pass's size under, so a
 * helper late for a pass never takes a chunk of the next one. A chunk done is marked with the
 * pass's number; a chunk a helper took and has not marked is waited for while the helper is alive
 * and has not failed, and otherwise done here.
 */

import { beat, SLICE, type Steps, sliceDue } from '../clock.js';

/** The board's words: the claim word, then the helper's failure flag, then two slots (by the pass's parity) of kind, chunks and number. */
const CLAIM = 0;
const FAILED = 1;
const SLOT = 2;
/** Words in a slot: the pass's kind, its chunks, its number. */
const SLOT_WORDS = 3;
/** Most chunks in a pass (the claim word keeps 16 bits for the next one). */
export const MOST_CHUNKS = 0xffff;
/** Numbers in a slot's figures (the pass's parameters, e.g. a bid increment). */
export const FIGURES = 4;

/**
 * A board for passes shared by claims: in shared memory when a helper takes part (`share`), in
 * plain memory otherwise (the calling thread then takes every chunk, with the same code).
 */
export interface ClaimBoard {
  /** The claim word, the failure flag and the two slots. */
  readonly words: Int32Array;
  /** Per chunk: the number of the last pass it was done in. */
  readonly done: Int32Array;
  /** Two slots of {@link FIGURES} numbers: each pass's parameters. */
  readonly figures: Float64Array;
  /** The last pass opened (0: none yet). */
  pass: number;
}

/** A new board for passes of up to `chunks` chunks (at most {@link MOST_CHUNKS}). */
export function claimBoard(chunks: number, share: boolean): ClaimBoard {
  return {
    words: new Int32Array(bufferOf(4 * (SLOT + 2 * SLOT_WORDS), share)),
    done: new Int32Array(bufferOf(4 * Math.max(1, chunks), share)),
    figures: new Float64Array(bufferOf(8 * 2 * FIGURES, share)),
    pass: 0,
  };
}

/** A buffer of `bytes` bytes, in shared memory when `share` (a helper thread works on it too). */
export function bufferOf(bytes: number, share: boolean): ArrayBuffer | SharedArrayBuffer {
  return share ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
}

/** Where pass `pass`'s parameters start in the board's `figures`. */
export function figuresAt(pass: number): number {
  return (pass & 1) * FIGURES;
}

/** The tag of pass `pass` in the claim word. */
function tagOf(pass: number): number {
  return pass & 0x7fff;
}

/**
 * Opens a pass of `kind` in `chunks` chunks (≤ the board's) with `figures` as its parameters; the
 * arrays the pass reads must be written before (the claim word's store publishes them). Returns
 * the pass's number.
 */
export function openPass(board: ClaimBoard, kind: number, chunks: number, figures: ArrayLike<number>): number {
  const pass = board.pass + 1;
  board.pass = pass;
  const slot = SLOT + (pass & 1) * SLOT_WORDS;
  Atomics.store(board.words, slot, kind);
  Atomics.store(board.words, slot + 1, chunks);
  Atomics.store(board.words, slot + 2, pass);
  const at = figuresAt(pass);
  for (let k = 0; k < FIGURES; k++) board.figures[at + k] = k < figures.length ? (figures[k] as number) : 0;
  Atomics.store(board.words, CLAIM, tagOf(pass) << 16);
  return pass;
}

/** A pass as a helper finds it: its kind, its number, its parameters' offset in `figures`, and a chunk it took. */
export interface Claimed {
  readonly kind: number;
  readonly pass: number;
  readonly at: number;
  readonly chunk: number;
}

/**
 * Takes the next chunk of the open pass; null when none is left (or none is open, or, with `pass`
 * given, the open one is another).
 */
export function claimChunk(board: ClaimBoard, pass?: number): Claimed | null {
  const { words } = board;
  for (;;) {
    const word = Atomics.load(words, CLAIM);
    const tag = word >>> 16;
    const next = word & 0xffff;
    const slot = SLOT + (tag & 1) * SLOT_WORDS;
    const kind = Atomics.load(words, slot);
    const chunks = Atomics.load(words, slot + 1);
    const number = Atomics.load(words, slot + 2);
    if (tagOf(number) !== tag || number === 0) return null;
    if (pass !== undefined && number !== pass) return null;
    if (next >= chunks) return null;
    // Taken only if the word is still this pass's: its slot was read for it.
    if (Atomics.compareExchange(words, CLAIM, word, word + 1) === word)
      return { kind, pass: number, at: figuresAt(number), chunk: next };
  }
}

/** Marks chunk `chunk` of pass `pass` done (its results written before). */
export function markDone(board: ClaimBoard, pass: number, chunk: number): void {
  Atomics.store(board.done, chunk, pass);
}

/** Tells the calling thread that this helper failed: it no longer waits for the chunks the helper took. */
export function markFailed(board: ClaimBoard): void {
  Atomics.store(board.words, FAILED, 1);
}

/**
 * The calling thread's part of pass `pass` of `chunks` chunks: takes chunks until none is left
 * (`work` does one; an async caller's turn when its time slice is over), then {@link finishPass}.
 */
export function* workPass(
  board: ClaimBoard,
  pass: number,
  chunks: number,
  work: (chunk: number) => void,
  alive: () => boolean,
): Steps<void> {
  for (;;) {
    const claimed = claimChunk(board, pass);
    if (claimed === null) break;
    work(claimed.chunk);
    markDone(board, pass, claimed.chunk);
    if (sliceDue()) yield SLICE;
  }
  finishPass(board, pass, chunks, work, alive);
}

/**
 * The calling thread's end of pass `pass` of `chunks` chunks: takes every chunk left (`work` does
 * one), then waits for those a helper took, doing any itself that the helper will not finish (it
 * failed, or `alive` says it is gone).
 */
export function finishPass(
  board: ClaimBoard,
  pass: number,
  chunks: number,
  work: (chunk: number) => void,
  alive: () => boolean,
): void {
  for (;;) {
    const claimed = claimChunk(board, pass);
    if (claimed === null) break;
    work(claimed.chunk);
    markDone(board, pass, claimed.chunk);
  }
  for (let chunk = 0; chunk < chunks; chunk++) {
    let spins = 0;
    let since = 0;
    while (Atomics.load(board.done, chunk) !== pass) {
      // Looked at now and then: a chunk takes about a millisecond.
      if ((++spins & 1023) !== 0) continue;
      since ||= Date.now();
      const failed = Atomics.load(board.words, FAILED) !== 0 || !alive();
      // A helper that cannot tell whether it is alive and stays on a chunk for seconds is let go.
      if (!failed && Date.now() - since < GIVE_UP_MS) continue;
      markFailed(board);
      work(chunk);
      markDone(board, pass, chunk);
    }
  }
}

/** How long a chunk a helper took is waited for (it takes about a millisecond) before it is done here. */
const GIVE_UP_MS = 2000;

/**
 * A helper's part in the open pass, if any: takes chunks until none is left, `work` doing each.
 * Once `work` throws, the board is marked failed (the calling thread does the rest) and the error
 * is passed on; a board marked failed is not joined again.
 */
export function joinPass(board: ClaimBoard, work: (claimed: Claimed) => void): void {
  if (Atomics.load(board.words, FAILED) !== 0) return;
  for (;;) {
    const claimed = claimChunk(board);
    if (claimed === null) return;
    try {
      work(claimed);
    } catch (error) {
      markFailed(board);
      throw error;
    }
    markDone(board, claimed.pass, claimed.chunk);
    beat();
  }
}
