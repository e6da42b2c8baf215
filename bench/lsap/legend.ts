/**
 * The text under the lsap table: the legend and the peers' quirks, everything a reader needs to
 * question a number.
 */
import { RELATIVE_TOLERANCE } from '../harness/outcome.js';
import { WARMUP_MIN_RUNS, WARMUP_MS, WARMUP_RUNS } from '../harness/timing.js';
import { inputClass } from './generators.js';
import type { BenchOptions } from './options.js';
import { jsSolver, type SolverName } from './solvers.js';

/** Lines below the table. */
export function legendLines(options: BenchOptions, solvers: readonly SolverName[], reference?: SolverName): string[] {
  const cap = options.capMs / 1000;
  const runs =
    options.runs === undefined ? '9 runs for n ≤ 1000, 5 for n ≤ 2000, 1 above' : `${options.runs} runs per cell`;
  const limits = solvers
    .filter((s): s is Exclude<SolverName, 'scipy' | 'ours'> => s !== 'scipy' && s !== 'ours')
    .map((s) => `${s} n ≤ ${jsSolver(s).maxN}`)
    .join(', ');
  const lines = [
    `- Each cell: median wall time in ms of the solve call alone (${runs}; untimed warm-up runs before them below n = 5000, at least ${WARMUP_MIN_RUNS} and up to ${WARMUP_RUNS} while under ${WARMUP_MS} ms in all; a full GC before each run). The JavaScript solvers' timed runs alternate in rounds (one run of each per round, the order reversed every other round), because this machine's speed drifts in phases of a few seconds; scipy runs in its own Python process, before them.`,
    reference === undefined
      ? '- No ratios: scipy did not run.'
      : '- (r×): time divided by scipy’s on the same matrix; below 1 is faster than scipy.',
    `- †: fewer runs than planned, because a run exceeded the ${cap} s cap (a warm-up over the cap is kept as the only sample).`,
    `- skipped (>${cap} s at n=m): the solver exceeded the cap on this class at a smaller n. —: beyond its size limit (${limits || 'none'}). n/a: it cannot take forbidden pairs.`,
    '- infeasible t: no assignment of min(rows, cols) allowed pairs exists; ours throws InfeasibleError, scipy raises ValueError, munkres returns pairs through Infinity entries, linear-sum-assignment returns gain −1 and a partial assignment; t is the time to find out.',
    `- ✗ after a time: that solver’s assignment is not a matching of min(rows, cols) pairs or its total differs from ${reference ?? 'ours'} (relative tolerance ${RELATIVE_TOLERANCE}).`,
    ...(solvers.includes('ours') && reference === 'scipy'
      ? [
          `- check: our reported total equals scipy’s, and the totals of both assignments recomputed as Σ (c − min c) agree (relative tolerance ${RELATIVE_TOLERANCE}); ✓ both infeasible when both report infeasibility.`,
        ]
      : []),
    '- Inputs: built before timing from one seeded generator per class × n; ours gets a DenseMatrix (solved in place when minimising a square or wide matrix, copied when tall), the JavaScript peers a number[][] built beforehand, scipy a float64 numpy array read from the same bytes.',
    '',
    'Peers (quirks seen while wrapping them, see bench/lsap/solvers.ts):',
    '',
    '- munkres 2.0.4: takes number[][] (any ArrayLike rows), rectangular matrices and ±Infinity, but on an infeasible matrix it silently returns pairs through Infinity entries.',
    '- linear-sum-assignment 1.0.9: `maximaze` (sic) defaults to true, so it gets `{ maximaze: false }`; it copies number[][] into an ml-matrix Matrix on every call, and given a Matrix it subtracts the minimum from it in place; infeasible → `gain: -1` with a partial assignment.',
    '- munkres-js 1.2.2: the textbook six-step Munkres (O(n³) with a large constant), pads rectangular matrices with 0; it solves feasible matrices with Infinity entries but loops forever on an infeasible one, hence n/a on `sparse`.',
    '',
    'Classes:',
    '',
    ...options.classes.map((name) => `- \`${name}\`: ${inputClass(name).description}`),
  ];
  return lines;
}
