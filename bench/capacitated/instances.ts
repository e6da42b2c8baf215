/**
 * Instances and checks of the capacitated benchmark (`npm run bench:capacitated`): a dense uniform
 * cost matrix with seeded capacities, its column-replicated form for the one-to-one solvers, and the
 * reading of every solver's answer back into one comparable {@link Outcome}.
 */
import type { CsrMatrix, DenseMatrix } from '../../src/index.js';
import { mulberry32 } from '../../test/helpers/random.js';
import type { Outcome } from '../harness/outcome.js';

/** Capacities are drawn uniformly from this range, both ends included, unless --capacities says otherwise. */
export const CAPACITY_RANGE: readonly [number, number] = [4, 8];

/** One capacitated instance: demand 1 per row. */
export interface CapacitatedInstance {
  readonly matrix: DenseMatrix;
  readonly capacities: Int32Array;
  /** Sum of the capacities: the most rows that can be assigned. */
  readonly supply: number;
  /** Least entry over columns with capacity > 0: the base of the shifted totals (bench/harness/outcome.ts). */
  readonly base: number;
}

/** The column-replicated matrix: column j copied `capacities[j]` times, copies side by side. */
export interface Replicated {
  readonly matrix: DenseMatrix;
  /** The original column of each replicated column. */
  readonly colOf: Int32Array;
}

/**
 * The instance of shape `rows × cols` for base seed `seed`: capacities uniform in `range` first, then
 * the costs, all from one mulberry32 stream seeded by the seed and the shape, so a run can be
 * replayed exactly. With `density` below 1, each pair is then kept with that probability and the
 * others are forbidden (`Infinity`), except one planted pair per row, row `i` to the column of
 * capacity slot `i mod Σ capacity`: every row then has a place when the capacities take every row,
 * and every slot a row when they do not, so both modes stay feasible. Density 1 draws nothing more.
 */
export function capacitatedInstance(
  rows: number,
  cols: number,
  seed: number,
  range: readonly [number, number] = CAPACITY_RANGE,
  density = 1,
): CapacitatedInstance {
  const rng = mulberry32((seed ^ Math.imul(rows, 0x9e3779b1) ^ Math.imul(cols, 0x85ebca6b)) >>> 0);
  const [lo, hi] = range;
  const capacities = Int32Array.from({ length: cols }, () => lo + Math.floor(rng() * (hi - lo + 1)));
  const data = new Float64Array(rows * cols);
  for (let k = 0; k < data.length; k++) data[k] = rng();
  if (density < 1) forbidAllBut(data, rows, cols, capacities, density, rng);
  let supply = 0;
  for (const c of capacities) supply += c;
  let base = Number.POSITIVE_INFINITY;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const value = data[i * cols + j] as number;
      if (capacities[j]! > 0 && value < base) base = value;
    }
  }
  return { matrix: { rows, cols, data }, capacities, supply, base: Number.isFinite(base) ? base : 0 };
}

/** Forbids each pair with probability `1 − density`, except the planted ones (see capacitatedInstance). */
function forbidAllBut(
  data: Float64Array,
  rows: number,
  cols: number,
  capacities: Int32Array,
  density: number,
  rng: () => number,
): void {
  const slots: number[] = [];
  for (let j = 0; j < cols; j++) for (let k = 0; k < capacities[j]!; k++) slots.push(j);
  for (let i = 0; i < rows; i++) {
    const planted = slots.length === 0 ? -1 : (slots[i % slots.length] as number);
    for (let j = 0; j < cols; j++) if (j !== planted && rng() >= density) data[i * cols + j] = Number.POSITIVE_INFINITY;
  }
}

/** The instance's allowed pairs as compressed sparse rows, column indices ascending (built before timing). */
export function toCsr(instance: CapacitatedInstance): CsrMatrix {
  const { rows, cols, data } = instance.matrix;
  let stored = 0;
  for (let k = 0; k < data.length; k++) if (Number.isFinite(data[k])) stored++;
  const indptr = new Int32Array(rows + 1);
  const indices = new Int32Array(stored);
  const values = new Float64Array(stored);
  let at = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const value = data[i * cols + j] as number;
      if (!Number.isFinite(value)) continue;
      indices[at] = j;
      values[at++] = value;
    }
    indptr[i + 1] = at;
  }
  return { rows, cols, indptr, indices, data: values };
}

/** Entries of the replicated matrix: rows × supply. */
export function replicatedEntries(instance: CapacitatedInstance): number {
  return instance.matrix.rows * instance.supply;
}

/** Builds the column-replicated matrix (outside any timed region). */
export function replicate(instance: CapacitatedInstance): Replicated {
  const { matrix, capacities, supply } = instance;
  const { rows, cols, data } = matrix;
  const colOf = new Int32Array(supply);
  let at = 0;
  for (let j = 0; j < cols; j++) for (let k = 0; k < capacities[j]!; k++) colOf[at++] = j;
  const wide = new Float64Array(rows * supply);
  for (let i = 0; i < rows; i++) {
    const from = i * cols;
    const to = i * supply;
    for (let q = 0; q < supply; q++) wide[to + q] = data[from + colOf[q]!] as number;
  }
  return { matrix: { rows, cols: supply, data: wide }, colOf };
}

/**
 * Checks an assignment given as pairs (row `pairRows[k]` to original column `pairCols[k]`) against
 * the instance: at most one column per row, capacities held, allowed entries only, and
 * `min(rows, supply)` pairs (every row when supply allows, else as many as the capacities take).
 * The total is the reported one when given, else the plain sum; the shifted total is
 * Σ (c − base) with Neumaier compensation, as in bench/harness/instance.ts.
 */
export function pairsOutcome(
  instance: CapacitatedInstance,
  pairRows: ArrayLike<number>,
  pairCols: ArrayLike<number>,
  reported?: number,
): Outcome {
  const { matrix, capacities, base } = instance;
  const { rows, cols, data } = matrix;
  const rowUsed = new Uint8Array(rows);
  const load = new Int32Array(cols);
  let plain = 0;
  let sum = 0;
  let compensation = 0;
  for (let k = 0; k < pairRows.length; k++) {
    const i = pairRows[k] as number;
    const j = pairCols[k] as number;
    if (!(i >= 0 && i < rows && j >= 0 && j < cols) || rowUsed[i] === 1) {
      return { kind: 'invalid', reason: `pair ${k}: row ${i} → column ${j}` };
    }
    rowUsed[i] = 1;
    if (++load[j]! > capacities[j]!) return { kind: 'invalid', reason: `column ${j} over capacity` };
    const value = data[i * cols + j] as number;
    if (!Number.isFinite(value)) return { kind: 'invalid', reason: `forbidden pair (${i}, ${j})` };
    plain += value;
    const term = value - base;
    const next = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - next + term : term - next + sum;
    sum = next;
  }
  const wanted = Math.min(rows, instance.supply);
  if (pairRows.length !== wanted) return { kind: 'invalid', reason: `${pairRows.length} pairs, not ${wanted}` };
  return { kind: 'solved', total: reported ?? plain, shifted: sum + compensation };
}

/** {@link pairsOutcome} of a one-to-one answer on the replicated matrix (`-1` = unassigned row). */
export function replicatedOutcome(
  instance: CapacitatedInstance,
  colOf: Int32Array,
  rowToCol: ArrayLike<number>,
  reported?: number,
): Outcome {
  const pairRows: number[] = [];
  const pairCols: number[] = [];
  for (let i = 0; i < rowToCol.length; i++) {
    const q = rowToCol[i] as number;
    if (q === -1) continue;
    pairRows.push(i);
    pairCols.push(q >= 0 && q < colOf.length ? (colOf[q] as number) : -1);
  }
  if (rowToCol.length !== instance.matrix.rows) return { kind: 'invalid', reason: `${rowToCol.length} rows` };
  return pairsOutcome(instance, pairRows, pairCols, reported);
}
