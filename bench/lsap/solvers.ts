/**
 * The JavaScript solvers under test, each behind the same small interface: `prepare` builds whatever
 * input form the solver needs (outside the timed region), `run` is the timed call and nothing else,
 * `outcome` reads the last result back through bench/harness/instance.ts. Ours gets a DenseMatrix; the peers get
 * `number[][]`. Quirks of each peer are noted where it is wrapped.
 */
import { linearSumAssignment as lsaPeer } from 'linear-sum-assignment';
import munkres from 'munkres';
import munkresJs from 'munkres-js';
import { InfeasibleError, linearSumAssignment } from '../../src/index.js';
import { evaluate, type Instance } from '../harness/instance.js';
import type { Outcome } from '../harness/outcome.js';

/** Names accepted by `--solvers`, in column order. */
export const SOLVER_NAMES = ['ours', 'scipy', 'munkres', 'linear-sum-assignment', 'munkres-js'] as const;

export type SolverName = (typeof SOLVER_NAMES)[number];

/** A solver bound to one instance. */
export interface Prepared {
  /** The timed call. */
  run(): void;
  /** What the last `run` returned, checked. */
  outcome(): Outcome;
}

/** A JavaScript solver. */
export interface JsSolver {
  readonly name: Exclude<SolverName, 'scipy'>;
  /** Whether it can be given forbidden pairs (`Infinity`) at all. */
  readonly forbidden: boolean;
  /** Largest n it is run at (peers are slow or use much memory beyond). */
  readonly maxN: number;
  prepare(instance: Instance): Prepared;
}

function fromPairs(rows: number, pairs: readonly (readonly [number, number])[]): Int32Array {
  const rowToCol = new Int32Array(rows).fill(-1);
  for (const [i, j] of pairs) rowToCol[i] = j;
  return rowToCol;
}

const ours: JsSolver = {
  name: 'ours',
  forbidden: true,
  maxN: Number.POSITIVE_INFINITY,
  prepare(instance) {
    let result: ReturnType<typeof linearSumAssignment> | 'infeasible' | undefined;
    return {
      run() {
        try {
          result = linearSumAssignment(instance.matrix);
        } catch (error) {
          if (!(error instanceof InfeasibleError)) throw error;
          result = 'infeasible';
        }
      },
      outcome() {
        if (result === undefined) throw new Error('bench: ours has not run');
        if (result === 'infeasible') return { kind: 'infeasible' };
        return evaluate(instance, result.rowToCol, result.total);
      },
    };
  },
};

/**
 * munkres 2.0.4: fast, O(M + N) extra memory, handles rectangular input. It accepts `Infinity`, but on
 * an infeasible matrix it returns a full set of pairs, some through `Infinity` entries, without any
 * signal; evaluate() reads that as "infeasible".
 */
const munkresPeer: JsSolver = {
  name: 'munkres',
  forbidden: true,
  maxN: 2000,
  prepare(instance) {
    const costs = instance.nested();
    let pairs: [number, number][] | undefined;
    return {
      run() {
        pairs = munkres(costs);
      },
      outcome() {
        if (pairs === undefined) throw new Error('bench: munkres has not run');
        return evaluate(instance, fromPairs(instance.matrix.rows, pairs));
      },
    };
  },
};

/**
 * linear-sum-assignment 1.0.9: `maximaze` (sic) defaults to `true`, so it is passed `false`. It copies
 * `number[][]` into an ml-matrix Matrix on every call (given a Matrix, it would modify it in place). On
 * an infeasible matrix it returns `gain: -1` and a partial assignment, read here as "infeasible".
 */
const lsaPeerSolver: JsSolver = {
  name: 'linear-sum-assignment',
  forbidden: true,
  maxN: 2000,
  prepare(instance) {
    const costs = instance.nested();
    let result: ReturnType<typeof lsaPeer> | undefined;
    return {
      run() {
        result = lsaPeer(costs, { maximaze: false });
      },
      outcome() {
        if (result === undefined) throw new Error('bench: linear-sum-assignment has not run');
        return evaluate(instance, result.rowAssignments, result.gain);
      },
    };
  },
};

/**
 * munkres-js 1.2.2: the textbook six-step Munkres, O(n³) with large constants; pads rectangular input
 * with zeros. It solves a feasible matrix with `Infinity` entries but loops forever on an infeasible
 * one, so forbidden pairs are not offered to it.
 */
const munkresJsPeer: JsSolver = {
  name: 'munkres-js',
  forbidden: false,
  maxN: 200,
  prepare(instance) {
    const costs = instance.nested();
    let pairs: [number, number][] | undefined;
    return {
      run() {
        pairs = munkresJs(costs);
      },
      outcome() {
        if (pairs === undefined) throw new Error('bench: munkres-js has not run');
        return evaluate(instance, fromPairs(instance.matrix.rows, pairs));
      },
    };
  },
};

/** The JavaScript solver called `name`. */
export function jsSolver(name: Exclude<SolverName, 'scipy'>): JsSolver {
  switch (name) {
    case 'ours':
      return ours;
    case 'munkres':
      return munkresPeer;
    case 'linear-sum-assignment':
      return lsaPeerSolver;
    case 'munkres-js':
      return munkresJsPeer;
  }
}
