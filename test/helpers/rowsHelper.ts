/** Test helpers for the solvers' helper thread (`src/solve/internal/matching/rowsHelper.ts`). */
import type { Steps } from '../../src/solve/internal/clock.js';
import type { RowsHelper } from '../../src/solve/internal/matching/rowsHelper.js';
import type { ScoredPairs } from '../../src/solve/internal/pairs.js';

/** `pairs` with their columns and scores copied into shared memory, as the scoring on helper threads leaves them. */
export function sharedPairs(pairs: ScoredPairs): ScoredPairs {
  const cols = new Int32Array(new SharedArrayBuffer(pairs.cols.byteLength));
  cols.set(pairs.cols);
  const scores = new Float64Array(new SharedArrayBuffer(pairs.scores.byteLength));
  scores.set(pairs.scores);
  return { start: pairs.start, cols, scores };
}

// biome-ignore lint/correctness/useYield: a task declined is never answered.
function* none(): Steps<null> {
  return null;
}

/** An in-thread helper that takes the tasks `given` handles and declines every other one (never sent). */
export function rowsHelperWith(given: Partial<RowsHelper>): RowsHelper {
  return {
    sendGreedy: () => false,
    receiveGreedy: none,
    sendPlaces: () => false,
    receivePlaces: none,
    sendCuts: () => false,
    receiveCuts: none,
    sendKeep: () => false,
    receiveKeep: none,
    sendProfits: () => false,
    receiveProfits: none,
    sendBound: () => false,
    receiveBound: none,
    ...given,
  };
}
