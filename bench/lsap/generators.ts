/**
 * Seeded generators of the benchmark's input classes. Each class turns a size `n` into one dense
 * row-major matrix, the same instance for every solver: the seed depends only on the base seed, the
 * class name and `n` (mulberry32 from test/helpers/random.ts), so a run can be replayed exactly.
 */
import type { DenseMatrix } from '../../src/index.js';
import { mulberry32, type Rng } from '../../test/helpers/random.js';

/** Names accepted by `--classes`, in table order. */
export const CLASS_NAMES = [
  'uniform',
  'int100',
  'int4',
  'binary',
  'negative',
  'huge',
  'euclid',
  'rowconst',
  'colconst',
  'sparse',
  'wide',
  'tall',
] as const;

export type ClassName = (typeof CLASS_NAMES)[number];

/** One class of inputs. */
export interface InputClass {
  readonly name: ClassName;
  /** One line for the legend under the table. */
  readonly description: string;
  /** Whether some entries are `Infinity` (forbidden pairs). */
  readonly forbidden: boolean;
  /** Matrix shape for size `n`. */
  shape(n: number): { rows: number; cols: number };
  /** Fills a row-major `rows × cols` array. */
  fill(rng: Rng, rows: number, cols: number): Float64Array;
}

/** Probability that a pair is allowed in the `sparse` class. */
export const SPARSE_DENSITY = 0.06;

const square = (n: number) => ({ rows: n, cols: n });

function entries(rows: number, cols: number, draw: () => number): Float64Array {
  const data = new Float64Array(rows * cols);
  for (let k = 0; k < data.length; k++) data[k] = draw();
  return data;
}

function squaredDistances(rng: Rng, rows: number, cols: number): Float64Array {
  const points = (count: number) => Float64Array.from({ length: 2 * count }, () => rng());
  const a = points(rows);
  const b = points(cols);
  const data = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const ax = a[2 * i] as number;
    const ay = a[2 * i + 1] as number;
    for (let j = 0; j < cols; j++) {
      const dx = ax - (b[2 * j] as number);
      const dy = ay - (b[2 * j + 1] as number);
      data[i * cols + j] = dx * dx + dy * dy;
    }
  }
  return data;
}

/** A base `100 · rng()` for each row (or column), plus noise `rng()` on each entry. */
function constantLines(rng: Rng, rows: number, cols: number, along: 'rows' | 'cols'): Float64Array {
  const base = Float64Array.from({ length: along === 'rows' ? rows : cols }, () => 100 * rng());
  const data = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) data[i * cols + j] = (base[along === 'rows' ? i : j] as number) + rng();
  }
  return data;
}

const CLASSES: readonly InputClass[] = [
  {
    name: 'uniform',
    description: 'uniform floats in [0, 1)',
    forbidden: false,
    shape: square,
    fill: (rng, rows, cols) => entries(rows, cols, rng),
  },
  {
    name: 'int100',
    description: 'integers 1..100',
    forbidden: false,
    shape: square,
    fill: (rng, rows, cols) => entries(rows, cols, () => 1 + Math.floor(rng() * 100)),
  },
  {
    name: 'int4',
    description: 'integers 0..3 (many ties)',
    forbidden: false,
    shape: square,
    fill: (rng, rows, cols) => entries(rows, cols, () => Math.floor(rng() * 4)),
  },
  {
    name: 'binary',
    description: 'binary 0/1',
    forbidden: false,
    shape: square,
    fill: (rng, rows, cols) => entries(rows, cols, () => (rng() < 0.5 ? 0 : 1)),
  },
  {
    name: 'negative',
    description: 'uniform floats in [-100, 100)',
    forbidden: false,
    shape: square,
    fill: (rng, rows, cols) => entries(rows, cols, () => -100 + 200 * rng()),
  },
  {
    name: 'huge',
    description: 'magnitudes near 1e12: 1e12 + uniform · 1e6',
    forbidden: false,
    shape: square,
    fill: (rng, rows, cols) => entries(rows, cols, () => 1e12 + rng() * 1e6),
  },
  {
    name: 'euclid',
    description: 'squared Euclidean distances between two sets of uniform points in the unit square',
    forbidden: false,
    shape: square,
    fill: squaredDistances,
  },
  {
    name: 'rowconst',
    description: 'each row a constant plus noise: 100 · uniform per row, plus uniform in [0, 1) per entry',
    forbidden: false,
    shape: square,
    fill: (rng, rows, cols) => constantLines(rng, rows, cols, 'rows'),
  },
  {
    name: 'colconst',
    description: 'each column a constant plus noise: 100 · uniform per column, plus uniform in [0, 1) per entry',
    forbidden: false,
    shape: square,
    fill: (rng, rows, cols) => constantLines(rng, rows, cols, 'cols'),
  },
  {
    name: 'sparse',
    description: `each pair allowed with probability ${SPARSE_DENSITY} (uniform float in [0, 1)), else Infinity`,
    forbidden: true,
    shape: square,
    fill: (rng, rows, cols) => entries(rows, cols, () => (rng() < SPARSE_DENSITY ? rng() : Number.POSITIVE_INFINITY)),
  },
  {
    name: 'wide',
    description: 'n × 2n, uniform floats in [0, 1)',
    forbidden: false,
    shape: (n) => ({ rows: n, cols: 2 * n }),
    fill: (rng, rows, cols) => entries(rows, cols, rng),
  },
  {
    name: 'tall',
    description: '2n × n, uniform floats in [0, 1)',
    forbidden: false,
    shape: (n) => ({ rows: 2 * n, cols: n }),
    fill: (rng, rows, cols) => entries(rows, cols, rng),
  },
];

/** The class called `name`. */
export function inputClass(name: ClassName): InputClass {
  const found = CLASSES.find((c) => c.name === name);
  if (found === undefined) throw new Error(`bench: unknown class ${name}`);
  return found;
}

/** FNV-1a hash of a string, for per-class seeds. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/** The instance of class `cls` at size `n` for base seed `seed`. */
export function generate(cls: InputClass, n: number, seed: number): DenseMatrix {
  const { rows, cols } = cls.shape(n);
  const rng = mulberry32((seed ^ hash(cls.name) ^ Math.imul(n, 0x9e3779b1)) >>> 0);
  return { rows, cols, data: cls.fill(rng, rows, cols) };
}
