/**
 * Passes shared by claims (`src/solve/internal/matching/claims.ts`): each chunk of a pass is worked
 * once, by the calling thread or a helper; a helper never takes a chunk of a pass it did not read;
 * a chunk a failed or gone helper took is done on the calling thread.
 */

import { describe, expect, it } from 'vitest';
import {
  claimBoard,
  claimChunk,
  finishPass,
  joinPass,
  markDone,
  openPass,
} from '../src/solve/internal/matching/claims.js';

describe('passes shared by claims', () => {
  it('each chunk is worked once, the helper’s and the calling thread’s together, pass after pass', () => {
    const board = claimBoard(10, true);
    for (const [chunks, helperTakes] of [
      [10, 4],
      [3, 0],
      [7, 7],
    ] as const) {
      const worked = new Int32Array(chunks);
      const pass = openPass(board, 2, chunks, [0.5, 1]);
      // The helper takes some chunks (as if it then went on elsewhere), and works them.
      const taken = Array.from({ length: helperTakes }, () => claimChunk(board));
      for (const claimed of taken) {
        expect(claimed).toMatchObject({ kind: 2, pass });
        expect(board.figures[claimed?.at ?? -1]).toBe(0.5);
        const chunk = claimed?.chunk ?? 0;
        worked[chunk] = (worked[chunk] as number) + 1;
        markDone(board, pass, claimed?.chunk ?? 0);
      }
      finishPass(
        board,
        pass,
        chunks,
        (chunk) => {
          worked[chunk] = (worked[chunk] as number) + 1;
        },
        () => true,
      );
      expect([...worked]).toEqual(Array(chunks).fill(1));
      // Nothing left to take once the pass is over.
      expect(claimChunk(board)).toBeNull();
    }
  });

  it('a helper late for a pass takes no chunk of the next one', () => {
    const board = claimBoard(4, true);
    const first = openPass(board, 1, 2, []);
    finishPass(
      board,
      first,
      2,
      () => {},
      () => true,
    );
    // The calling thread opens the next pass; a claim for the first one finds none.
    const second = openPass(board, 3, 4, []);
    expect(claimChunk(board, first)).toBeNull();
    expect(claimChunk(board, second)).toMatchObject({ kind: 3, pass: second, chunk: 0 });
  });

  it('a helper that fails: its chunk is done on the calling thread, and it joins no later pass', () => {
    const board = claimBoard(4, true);
    const worked: number[] = [];
    const pass = openPass(board, 1, 4, []);
    expect(() =>
      joinPass(board, (claimed) => {
        throw new Error(`chunk ${claimed.chunk}`);
      }),
    ).toThrow('chunk 0');
    finishPass(
      board,
      pass,
      4,
      (chunk) => worked.push(chunk),
      () => true,
    );
    expect(worked.sort()).toEqual([0, 1, 2, 3]);
    const next = openPass(board, 1, 4, []);
    joinPass(board, () => {
      throw new Error('joined again');
    });
    expect(claimChunk(board, next)).toMatchObject({ chunk: 0 });
  });

  it('a helper gone with a chunk it took: done on the calling thread', () => {
    const board = claimBoard(3, true);
    const pass = openPass(board, 1, 3, []);
    const taken = claimChunk(board);
    expect(taken?.chunk).toBe(0);
    const worked: number[] = [];
    finishPass(
      board,
      pass,
      3,
      (chunk) => worked.push(chunk),
      () => false,
    );
    expect(worked.sort()).toEqual([0, 1, 2]);
  });

  it('a helper that joins takes every chunk left, and marks each done', () => {
    const board = claimBoard(5, true);
    const pass = openPass(board, 4, 5, [2]);
    const mine = claimChunk(board, pass);
    const theirs: number[] = [];
    joinPass(board, (claimed) => theirs.push(claimed.chunk));
    expect(theirs).toEqual([1, 2, 3, 4]);
    markDone(board, pass, mine?.chunk ?? 0);
    // Nothing is waited for, nothing redone.
    finishPass(
      board,
      pass,
      5,
      () => {
        throw new Error('redone');
      },
      () => true,
    );
  });
});
