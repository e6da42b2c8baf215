/**
 * The markdown results table: one row per class × n, one column per solver (median ms and the ratio
 * to the reference column, scipy when it ran), and a check column saying whether our total equals
 * scipy's. Rendering only; the measuring happens in main.ts.
 */
import { formatMs, markdownTable } from '../harness/markdown.js';
import { agree, type Outcome } from '../harness/outcome.js';
import { median } from '../harness/timing.js';
import type { SolverName } from './solvers.js';

/** What one solver did on one instance. */
export type Cell =
  | {
      readonly kind: 'timed';
      readonly samples: readonly number[];
      readonly planned: number;
      readonly outcome: Outcome;
      /** Whether the outcome agrees with the reference solver's; `undefined` for the reference. */
      readonly agrees: boolean | undefined;
    }
  /** The solver cannot be given forbidden pairs. */
  | { readonly kind: 'forbidden' }
  /** Beyond the solver's size limit. */
  | { readonly kind: 'size' }
  /** Skipped: a run of this class exceeded the time cap at a smaller n. */
  | { readonly kind: 'capped'; readonly seconds: number; readonly atN: number }
  | { readonly kind: 'error'; readonly message: string };

/** One line of the table. */
export interface Row {
  readonly className: string;
  readonly n: number;
  readonly rows: number;
  readonly cols: number;
  readonly cells: ReadonlyMap<SolverName, Cell>;
}

const LABELS: Record<SolverName, string> = {
  ours: 'ours',
  scipy: 'scipy',
  munkres: 'munkres',
  'linear-sum-assignment': 'linear-sum-assignment',
  'munkres-js': 'munkres-js',
};

function formatRatio(ratio: number): string {
  return ratio >= 100 ? ratio.toFixed(0) : ratio >= 10 ? ratio.toFixed(1) : ratio.toFixed(2);
}

function timedMs(cell: Cell | undefined): number | undefined {
  return cell?.kind === 'timed' ? median(cell.samples) : undefined;
}

function renderCell(cell: Cell | undefined, referenceMs: number | undefined, isReference: boolean): string {
  if (cell === undefined) return '';
  switch (cell.kind) {
    case 'forbidden':
      return 'n/a';
    case 'size':
      return '—';
    case 'capped':
      return `skipped (>${cell.seconds} s at n=${cell.atN})`;
    case 'error':
      return `error: ${cell.message.slice(0, 60)}`;
    case 'timed': {
      const ms = median(cell.samples);
      const outcome = cell.outcome;
      let text = outcome.kind === 'infeasible' ? `infeasible ${formatMs(ms)}` : formatMs(ms);
      if (cell.samples.length < cell.planned) text += '†';
      if (!isReference && referenceMs !== undefined) text += ` (${formatRatio(ms / referenceMs)}×)`;
      if (outcome.kind === 'invalid') text += ` ✗ invalid: ${outcome.reason}`;
      else if (cell.agrees === false) text += ' ✗';
      return text;
    }
  }
}

function describe(outcome: Outcome): string {
  if (outcome.kind === 'solved') return String(outcome.total);
  return outcome.kind;
}

/** The check column: does our total equal scipy's (relative tolerance 1e-9)? */
export function checkText(ours: Cell | undefined, scipy: Cell | undefined): string {
  if (ours?.kind !== 'timed' || scipy?.kind !== 'timed') return '';
  if (agree(ours.outcome, scipy.outcome)) return ours.outcome.kind === 'infeasible' ? '✓ both infeasible' : '✓';
  return `✗ ours ${describe(ours.outcome)} ≠ scipy ${describe(scipy.outcome)}`;
}

/**
 * Renders the table.
 *
 * @param solvers - the columns, in order.
 * @param reference - the solver the ratios are relative to, if any.
 */
export function renderTable(rows: readonly Row[], solvers: readonly SolverName[], reference?: SolverName): string {
  const withCheck = solvers.includes('ours') && solvers.includes('scipy');
  const ordered = reference === undefined ? solvers : [reference, ...solvers.filter((s) => s !== reference)];
  const header = ['class', 'n', 'shape', ...ordered.map((s) => `${LABELS[s]} ms`), ...(withCheck ? ['check'] : [])];
  const left = (k: number) => k < 3 || (withCheck && k === header.length - 1);
  const body = rows.map((row) => {
    const referenceMs = reference === undefined ? undefined : timedMs(row.cells.get(reference));
    const cells = ordered.map((s) => renderCell(row.cells.get(s), referenceMs, s === reference));
    const check = withCheck ? [checkText(row.cells.get('ours'), row.cells.get('scipy'))] : [];
    return [row.className, String(row.n), `${row.rows}×${row.cols}`, ...cells, ...check];
  });
  return markdownTable(
    header,
    body,
    header.map((_, k) => (left(k) ? 'left' : 'right')),
  );
}
