/**
 * Bad input gets a typed error, never a crash, a hang, a wrong answer or NaN: every malformed input
 * class throws `InvalidInputError` whose first issue's path names the bad position and whose message
 * starts with `linearSumAssignment:` and shows the bad value; infeasible inputs throw
 * `InfeasibleError`. Also: the input is never mutated, solving is deterministic, and empty shapes
 * give empty results. Every successful solve is certificate-checked (`solveCertified`).
 */
import fc from 'fast-check';
import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { InfeasibleError, InvalidInputError, MentormatchError } from '../src/errors.js';
import type { DenseMatrix, MatrixInput, MatrixLike } from '../src/solve/denseMatrix.js';
import { denseMatrixFrom } from '../src/solve/denseMatrix.js';
import { type LinearSumAssignmentOptions, linearSumAssignment } from '../src/solve/linearSumAssignment.js';
import { assignmentProblems } from './helpers/assignmentChecks.js';
import { solveCertified } from './helpers/certificate.js';
import { mulberry32, randomInt } from './helpers/random.js';

/** What a call threw (or `undefined`). */
function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** Calls the public function with anything, as an untyped (JavaScript) caller could. */
function call(input: unknown, options?: unknown): unknown {
  return thrownBy(() => linearSumAssignment(input as MatrixInput, options as LinearSumAssignmentOptions));
}

function expectInvalid(error: unknown, path: readonly (string | number)[], shows: string): void {
  expect(error).toBeInstanceOf(InvalidInputError);
  expect(error).toBeInstanceOf(MentormatchError);
  const invalid = error as InvalidInputError;
  expect(invalid.name).toBe('InvalidInputError');
  expect(invalid.code).toBe('INVALID_INPUT');
  expect(invalid.issues.length).toBeGreaterThan(0);
  expect(invalid.issues[0]?.path).toEqual(path);
  expect(invalid.message.startsWith('linearSumAssignment: ')).toBe(true);
  expect(invalid.message).toContain(shows);
  expect(invalid.issues[0]?.message).toContain(shows);
}

function expectInfeasible(error: unknown): void {
  expect(error).toBeInstanceOf(InfeasibleError);
  expect(error).toBeInstanceOf(MentormatchError);
  const infeasible = error as InfeasibleError;
  expect(infeasible.name).toBe('InfeasibleError');
  expect(infeasible.code).toBe('INFEASIBLE');
  expect(infeasible.message.startsWith('linearSumAssignment: ')).toBe(true);
}

/** A 3×3 matrix of small numbers with `value` at `[i][j]`. */
function withEntry(value: unknown, i = 2, j = 0): unknown[][] {
  const rows: unknown[][] = [
    [4, 1, 3],
    [2, 0, 5],
    [3, 2, 2],
  ];
  (rows[i] as unknown[])[j] = value;
  return rows;
}

describe('linearSumAssignment rejects bad entries with InvalidInputError at their [row, column]', () => {
  const entries: readonly (readonly [name: string, value: unknown, shows: string])[] = [
    ['NaN', Number.NaN, 'is NaN'],
    ['a string', '7', '"7"'],
    ['null', null, 'got null'],
    ['undefined', undefined, 'got undefined'],
    ['an object', { value: 1 }, 'an object (Object)'],
    ['a bigint', 5n, '5n'],
    ['a boolean', true, 'got true'],
    ['an array', [1], 'an array of length 1'],
    ['a symbol', Symbol('x'), 'a symbol'],
    ['a function', () => 1, 'a function'],
  ];
  for (const [name, value, shows] of entries) {
    it(`${name} at [2][0] of nested arrays, minimising and maximising`, () => {
      expectInvalid(call(withEntry(value)), [2, 0], shows);
      expectInvalid(call(withEntry(value), { maximize: true }), [2, 0], shows);
      expectInvalid(call(withEntry(value, 0, 2)), [0, 2], shows);
    });
  }

  it('a hole in a sparse row is an undefined entry', () => {
    const row: number[] = [1, 2, 3];
    delete row[1];
    expectInvalid(call([[4, 5, 6], row]), [1, 1], 'got undefined');
  });

  it('-Infinity when minimising (forbidden is +Infinity then)', () => {
    expectInvalid(call(withEntry(Number.NEGATIVE_INFINITY)), [2, 0], '-Infinity');
    expectInvalid(call(withEntry(Number.NEGATIVE_INFINITY), { maximize: false }), [2, 0], '-Infinity');
  });

  it('+Infinity when maximising (forbidden is -Infinity then)', () => {
    const error = call(withEntry(Number.POSITIVE_INFINITY, 1, 2), { maximize: true });
    expectInvalid(error, [1, 2], 'is Infinity');
  });

  it('a finite entry up to Number.MAX_VALUE is no error, in every input form (see linearSumAssignment.bigM.test.ts)', () => {
    expect(call(withEntry(1e308, 1, 1))).toBeUndefined();
    expect(call(withEntry(-1e308, 1, 1), { maximize: true })).toBeUndefined();
    expect(call({ rows: 1, cols: 2, data: new Float64Array([1, -Number.MAX_VALUE]) })).toBeUndefined();
    expect(call(new Matrix([[1], [Number.MAX_VALUE]]))).toBeUndefined();
    expectInvalid(call({ rows: 1, cols: 2, data: new Float64Array([1, Number.NaN]) }), [0, 1], 'NaN');
  });

  it('NaN in a typed-array row', () => {
    expectInvalid(call([new Float64Array([1, 2]), new Float64Array([Number.NaN, 3])]), [1, 0], 'NaN');
  });

  it('NaN and the wrong infinity in a DenseMatrix: wide, square and tall, minimising and maximising', () => {
    const square: DenseMatrix = { rows: 2, cols: 2, data: new Float64Array([1, 2, 3, Number.NaN]) };
    expectInvalid(call(square), [1, 1], 'NaN');
    expectInvalid(call(square, { maximize: true }), [1, 1], 'NaN');
    const wide: DenseMatrix = { rows: 2, cols: 3, data: new Float64Array([1, 2, 3, 4, -Infinity, 6]) };
    expectInvalid(call(wide), [1, 1], '-Infinity');
    const tall: DenseMatrix = { rows: 3, cols: 2, data: new Float64Array([1, 2, 3, 4, Infinity, 6]) };
    expectInvalid(call(tall, { maximize: true }), [2, 0], 'Infinity');
    const tallNaN: DenseMatrix = { rows: 3, cols: 1, data: new Float64Array([1, 2, Number.NaN]) };
    expectInvalid(call(tallNaN), [2, 0], 'NaN');
  });

  it('NaN, the wrong infinity and non-numbers in an ml-matrix Matrix or a Matrix-like object', () => {
    expectInvalid(
      call(
        new Matrix([
          [1, 2],
          [Number.NaN, 3],
        ]),
      ),
      [1, 0],
      'NaN',
    );
    expectInvalid(call(new Matrix([[1, -Infinity, 3]])), [0, 1], '-Infinity');
    expectInvalid(call(new Matrix([[1], [Infinity]]), { maximize: true }), [1, 0], 'Infinity');
    const like = { rows: 2, columns: 2, get: (i: number, j: number): unknown => (i === 1 && j === 1 ? 'x' : 0) };
    expectInvalid(call(like), [1, 1], '"x"');
  });

  it('lists the bad entries in row-major order, at most 10, and counts the rest in the message', () => {
    const costs = Array.from({ length: 4 }, (_, i) => Array.from({ length: 5 }, (_, j) => (j % 2 === 0 ? i + j : NaN)));
    const error = call(costs) as InvalidInputError;
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.issues.map((issue) => issue.path)).toEqual([
      [0, 1],
      [0, 3],
      [1, 1],
      [1, 3],
      [2, 1],
      [2, 3],
      [3, 1],
      [3, 3],
    ]);
    const many = Array.from({ length: 5 }, () => Array.from({ length: 5 }, () => Number.NaN));
    const capped = call(many) as InvalidInputError;
    expect(capped.issues.length).toBeLessThanOrEqual(10);
    expect(capped.issues[0]?.path).toEqual([0, 0]);
    expect(capped.message).toMatch(/^linearSumAssignment: entry \[0\]\[0\] is NaN; .*\(and \d+ more\)$/);
  });
});

describe('linearSumAssignment rejects a malformed matrix with InvalidInputError', () => {
  it('ragged rows: the first row whose length differs from row 0', () => {
    expectInvalid(
      call([
        [1, 2, 3],
        [4, 5, 6],
        [7, 8],
      ]),
      [2],
      'row 2 has 2 entries',
    );
    expectInvalid(call([[1], [2, 3]]), [1], 'row 1 has 2 entries');
    expectInvalid(call([[1, 2], []]), [1], 'row 1 has 0 entries');
    expectInvalid(call([[], [1]]), [1], 'row 1 has 1 entries');
  });

  it('non-array input: null, undefined, a number, a string, a boolean, a plain object, a Map', () => {
    expectInvalid(call(null), [], 'got null');
    expectInvalid(call(undefined), [], 'got undefined');
    expectInvalid(call(42), [], 'got 42');
    expectInvalid(call('[[1]]'), [], '"[[1]]"');
    expectInvalid(call(false), [], 'got false');
    expectInvalid(call({ a: 1 }), [], 'an object (Object)');
    expectInvalid(call(new Map()), [], 'an object (Map)');
  });

  it('a row that is not an array: a number, null, undefined, a string, a plain object', () => {
    expectInvalid(call([[1, 2], 5]), [1], 'got 5');
    expectInvalid(call([[1, 2], null]), [1], 'got null');
    expectInvalid(call([[1, 2], undefined]), [1], 'got undefined');
    expectInvalid(call([[1, 2], 'ab']), [1], '"ab"');
    expectInvalid(call([[1, 2], { a: 1 }]), [1], 'an object (Object)');
    expectInvalid(call([7, [1, 2]]), [0], 'got 7');
  });

  it('a DenseMatrix whose data has the wrong length', () => {
    expectInvalid(call({ rows: 2, cols: 2, data: new Float64Array(3) }), [], 'length 3');
    expectInvalid(call({ rows: 2, cols: 2, data: new Float64Array(5) }), [], '2 × 2');
    expectInvalid(call({ rows: 2, cols: 2, data: new Float64Array(0) }, { maximize: true }), [], 'length 0');
  });

  it('a DenseMatrix whose data is not a Float64Array', () => {
    expectInvalid(call({ rows: 1, cols: 2, data: new Float32Array(2) }), [], 'Float32Array');
    expectInvalid(call({ rows: 1, cols: 2, data: [1, 2] }), [], 'an array of length 2');
    expectInvalid(call({ rows: 1, cols: 2, data: null }), [], 'got null');
  });

  it('a Matrix-like object with a bad dimension', () => {
    const get = (): number => 0;
    expectInvalid(call({ rows: -1, columns: 2, get }), ['rows'], '-1');
    expectInvalid(call({ rows: 2, columns: 1.5, get }), ['columns'], '1.5');
    expectInvalid(call({ rows: Number.NaN, columns: 2, get }), ['rows'], 'NaN');
  });
});

describe('linearSumAssignment rejects bad options with InvalidInputError', () => {
  it('options that are not an object', () => {
    expectInvalid(call([[1]], 5), ['options'], 'got 5');
    expectInvalid(call([[1]], 'maximize'), ['options'], '"maximize"');
    expectInvalid(call([[1]], null), ['options'], 'got null');
    expectInvalid(call([[1]], true), ['options'], 'got true');
    expectInvalid(call([[1]], []), ['options'], 'an array of length 0');
  });

  it('maximize or partial that is not a boolean', () => {
    expectInvalid(call([[1]], { maximize: 'yes' }), ['options', 'maximize'], '"yes"');
    expectInvalid(call([[1]], { maximize: 1 }), ['options', 'maximize'], 'got 1');
    expectInvalid(call([[1]], { maximize: null }), ['options', 'maximize'], 'got null');
    expectInvalid(call([[1]], { partial: 'no' }), ['options', 'partial'], '"no"');
    expectInvalid(call([[1]], { partial: 0 }), ['options', 'partial'], 'got 0');
  });

  it('options are checked before the matrix', () => {
    expectInvalid(call([[Number.NaN]], { maximize: 'yes' }), ['options', 'maximize'], '"yes"');
  });
});

describe('linearSumAssignment throws InfeasibleError when min(rows, cols) pairs cannot be made', () => {
  const I = Number.POSITIVE_INFINITY;
  const cases: readonly (readonly [name: string, costs: number[][], maximize: boolean, most: number])[] = [
    [
      'a column with every pair forbidden',
      [
        [1, I],
        [2, I],
      ],
      false,
      1,
    ],
    [
      'a row with every pair forbidden',
      [
        [I, I, I],
        [1, 2, 3],
        [4, 5, 6],
      ],
      false,
      2,
    ],
    [
      'two rows that can only take column 0 (Hall)',
      [
        [1, I, I],
        [2, I, I],
        [I, 3, 4],
      ],
      false,
      2,
    ],
    [
      'a wide matrix: both rows only allow column 1',
      [
        [I, 1, I],
        [I, 2, I],
      ],
      false,
      1,
    ],
    [
      'a tall matrix: column 1 entirely forbidden',
      [
        [1, I],
        [2, I],
        [3, I],
      ],
      false,
      1,
    ],
    [
      'every pair forbidden',
      [
        [I, I],
        [I, I],
      ],
      false,
      0,
    ],
    [
      'maximising, -Infinity forbidden',
      [
        [-I, 1],
        [-I, 2],
      ],
      true,
      1,
    ],
  ];
  for (const [name, costs, maximize, most] of cases) {
    it(`${name}; with partial: true, the most pairs (${most})`, () => {
      expectInfeasible(thrownBy(() => solveCertified(costs, { maximize })));
      expectInfeasible(call(costs, { maximize }));
      expectInfeasible(call(denseMatrixFrom(costs), { maximize }));
      const { assignment } = solveCertified(costs, { maximize, partial: true });
      expect(assignment.size).toBe(most);
      expect(assignmentProblems(denseMatrixFrom(costs), assignment, maximize)).toEqual([]);
    });
  }
});

/** Bit-exact picture of a matrix input (keeps -0, NaN and infinities apart), to compare before and after. */
function snapshot(input: MatrixInput | Matrix): string {
  const bits = (values: ArrayLike<number>): string =>
    Array.from(Float64Array.from(values), (value) => {
      const view = new DataView(new ArrayBuffer(8));
      view.setFloat64(0, value);
      return view.getBigUint64(0).toString(16);
    }).join(',');
  if (input instanceof Matrix) return `Matrix ${input.rows}×${input.columns}: ${bits(input.to1DArray())}`;
  if (Array.isArray(input)) return (input as ArrayLike<number>[]).map((row) => `[${bits(row)}]`).join('');
  const dense = input as DenseMatrix;
  return `DenseMatrix ${dense.rows}×${dense.cols}: ${bits(dense.data)}`;
}

describe('linearSumAssignment never mutates its input', () => {
  const I = Number.POSITIVE_INFINITY;
  const SEED = 42_001;
  it(`nested arrays, DenseMatrix (wide, square, tall) and Matrix, minimising and maximising, partial or not (seeds ${SEED}..${SEED + 59})`, () => {
    for (let seed = SEED; seed < SEED + 60; seed++) {
      const rng = mulberry32(seed);
      const maximize = seed % 2 === 0;
      const partial = seed % 3 === 0;
      const rows = randomInt(rng, 1, 9);
      const cols = randomInt(rng, 1, 9);
      const forbidden = maximize ? -I : I;
      const costs = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () => {
          const r = rng();
          return r < 0.15 ? forbidden : r < 0.25 ? -0 : randomInt(rng, -20, 20) + (r < 0.5 ? 0.5 : 0);
        }),
      );
      const inputs: (MatrixInput | Matrix)[] = [
        costs,
        costs.map((row) => Float64Array.from(row)),
        denseMatrixFrom(costs),
        new Matrix(costs),
      ];
      for (const input of inputs) {
        const before = snapshot(input);
        const options = Object.freeze({ maximize, partial });
        const error = thrownBy(() => solveCertified(input, options));
        if (error !== undefined) expectInfeasible(error);
        call(input, options);
        expect(snapshot(input), `seed ${seed}`).toBe(before);
        expect(options).toEqual({ maximize, partial });
      }
    }
  });

  it('deeply frozen nested arrays solve without a write attempt', () => {
    const costs = Object.freeze([Object.freeze([4, 1, 3]), Object.freeze([2, 0, 5]), Object.freeze([3, 2, I])]);
    expect(solveCertified(costs).assignment.total).toBe(6);
    expect(solveCertified(costs, { partial: true }).assignment.total).toBe(6);
    const maxCosts = Object.freeze([Object.freeze([4, 1]), Object.freeze([2, -I]), Object.freeze([3, 2])]);
    expect(solveCertified(maxCosts, { maximize: true }).assignment.total).toBe(6);
  });
});

describe('linearSumAssignment is deterministic', () => {
  const SEED = 43_001;
  it(`the same input twice gives identical assignments and totals, across input forms too (seeds ${SEED}..${SEED + 199}, many ties)`, () => {
    for (let seed = SEED; seed < SEED + 200; seed++) {
      const rng = mulberry32(seed);
      const maximize = rng() < 0.5;
      const partial = rng() < 0.3;
      const rows = randomInt(rng, 1, 25);
      const cols = randomInt(rng, 1, 25);
      const forbidden = maximize ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
      const costs = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () => (rng() < 0.1 ? forbidden : randomInt(rng, 0, 2))),
      );
      const options = { maximize, partial };
      const forms: MatrixInput[] = [costs, costs, denseMatrixFrom(costs), new Matrix(costs)];
      const outcomes = forms.map((input) => {
        const error = thrownBy(() => solveCertified(input, options));
        if (error !== undefined) {
          expectInfeasible(error);
          return 'infeasible';
        }
        const { rowToCol, colToRow, total, size } = solveCertified(input, options).assignment;
        return { rowToCol: Array.from(rowToCol), colToRow: Array.from(colToRow), total, size };
      });
      for (const outcome of outcomes.slice(1)) expect(outcome, `seed ${seed}`).toStrictEqual(outcomes[0]);
    }
  });
});

describe('linearSumAssignment on empty shapes gives an empty result, total +0 and size 0', () => {
  const get = (): number => 1;
  const shapes: readonly (readonly [name: string, input: MatrixInput, rows: number, cols: number])[] = [
    ['0×0 nested arrays', [], 0, 0],
    ['0×0 DenseMatrix', { rows: 0, cols: 0, data: new Float64Array(0) }, 0, 0],
    ['0×0 Matrix', new Matrix(0, 0), 0, 0],
    ['0×4 DenseMatrix', { rows: 0, cols: 4, data: new Float64Array(0) }, 0, 4],
    ['0×4 Matrix-like', { rows: 0, columns: 4, get } satisfies MatrixLike, 0, 4],
    ['3×0 nested arrays', [[], [], []], 3, 0],
    ['3×0 typed-array rows', [new Float64Array(0), new Float64Array(0), new Float64Array(0)], 3, 0],
    ['3×0 DenseMatrix', { rows: 3, cols: 0, data: new Float64Array(0) }, 3, 0],
    ['3×0 Matrix', new Matrix(3, 0), 3, 0],
  ];
  for (const [name, input, rows, cols] of shapes) {
    it(name, () => {
      for (const options of [{}, { maximize: true }, { partial: true }, { maximize: true, partial: true }]) {
        for (const assignment of [solveCertified(input, options).assignment, linearSumAssignment(input, options)]) {
          expect(Array.from(assignment.rowToCol)).toEqual(new Array(rows).fill(-1));
          expect(Array.from(assignment.colToRow)).toEqual(new Array(cols).fill(-1));
          expect(assignment.rowToCol).toBeInstanceOf(Int32Array);
          expect(assignment.colToRow).toBeInstanceOf(Int32Array);
          expect(assignment.size).toBe(0);
          expect(Object.is(assignment.total, 0)).toBe(true);
        }
      }
    });
  }

  it('a total of -0 entries is +0, minimising and maximising', () => {
    for (const maximize of [false, true]) {
      const { total } = solveCertified(
        [
          [-0, -0],
          [-0, -0],
        ],
        { maximize },
      ).assignment;
      expect(Object.is(total, 0)).toBe(true);
    }
  });
});

describe('linearSumAssignment on arbitrary junk up to 6×6: a typed error or the optimum, never anything else', () => {
  const SEED = 44_001;
  const junk = fc.constantFrom<unknown>(Number.NaN, Infinity, -Infinity, null, undefined, '1', {}, 1n, [1], true);
  /** Options, then a matrix: mostly well formed (with forbidden pairs), sometimes junk or ragged. */
  const problem = fc.record({ maximize: fc.boolean(), partial: fc.boolean() }, { requiredKeys: [] }).chain((opts) => {
    const entry = fc.oneof(
      { weight: 30, arbitrary: fc.integer({ min: -100, max: 100 }) },
      { weight: 15, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
      { weight: 40, arbitrary: fc.constant(opts.maximize === true ? -Infinity : Infinity) },
      { weight: 1, arbitrary: junk },
    );
    const shape = fc.tuple(fc.nat({ max: 6 }), fc.nat({ max: 6 }));
    const costs = shape.chain(([rows, cols]) =>
      fc.array(
        fc.oneof(
          { weight: 40, arbitrary: fc.array(entry, { minLength: cols, maxLength: cols }) },
          { weight: 1, arbitrary: fc.array(entry, { maxLength: 6 }) },
          { weight: 1, arbitrary: junk },
        ),
        { minLength: rows, maxLength: rows },
      ),
    );
    return fc.tuple(costs, fc.constant(opts));
  });

  /** Most pairs over allowed entries, then the best total among those, by trying every partial matching. */
  function bruteForce({ rows, cols, data }: DenseMatrix, maximize: boolean) {
    const sign = maximize ? -1 : 1;
    const used = new Array<boolean>(cols).fill(false);
    let best = { size: 0, total: 0, scale: 0 };
    const visit = (i: number, size: number, total: number, scale: number): void => {
      if (i === rows) {
        if (size > best.size || (size === best.size && sign * total < sign * best.total)) best = { size, total, scale };
        return;
      }
      visit(i + 1, size, total, scale);
      for (let j = 0; j < cols; j++) {
        const c = data[i * cols + j] as number;
        if (used[j] || !Number.isFinite(c)) continue;
        used[j] = true;
        visit(i + 1, size + 1, total + c, scale + Math.abs(c));
        used[j] = false;
      }
    };
    visit(0, 0, 0, 0);
    return best;
  }

  /** What the contract says should happen, from the input alone. */
  function expected(costs: unknown[], maximize: boolean): 'invalid' | 'valid' {
    const wrongInfinity = maximize ? Infinity : -Infinity;
    let cols: number | undefined;
    for (const r of costs) {
      if (!Array.isArray(r)) return 'invalid';
      cols ??= r.length;
      if (r.length !== cols) return 'invalid';
    }
    for (const r of costs as unknown[][]) {
      for (const c of r) if (typeof c !== 'number' || Number.isNaN(c) || c === wrongInfinity) return 'invalid';
    }
    return 'valid';
  }

  it(`fast-check, seed ${SEED}, 2000 runs: InvalidInputError exactly when the contract says, else InfeasibleError or the brute-force optimum, certified`, () => {
    const seen = { invalid: 0, infeasible: 0, solved: 0, partialIncomplete: 0 };
    fc.assert(
      fc.property(problem, ([costs, opts]) => {
        const verdict = expected(costs, opts.maximize ?? false);
        let result: ReturnType<typeof solveCertified> | undefined;
        const error = thrownBy(() => {
          result = solveCertified(costs as MatrixInput, opts);
        });
        if (verdict === 'invalid') {
          expect(error).toBeInstanceOf(InvalidInputError);
          expect((error as InvalidInputError).message.startsWith('linearSumAssignment: ')).toBe(true);
          seen.invalid++;
          return;
        }
        if (error !== undefined) {
          expect(error).toBeInstanceOf(InfeasibleError);
          expect(opts.partial ?? false).toBe(false);
          const dense = denseMatrixFrom(costs as MatrixInput);
          expect(bruteForce(dense, opts.maximize ?? false).size).toBeLessThan(Math.min(dense.rows, dense.cols));
          seen.infeasible++;
          return;
        }
        seen.solved++;
        const { assignment } = result!;
        expect(Number.isNaN(assignment.total)).toBe(false);
        const dense = denseMatrixFrom(costs as MatrixInput);
        expect(assignmentProblems(dense, assignment, opts.maximize ?? false)).toEqual([]);
        const best = bruteForce(dense, opts.maximize ?? false);
        expect(assignment.size).toBe(best.size);
        expect(Math.abs(assignment.total - best.total)).toBeLessThanOrEqual(1e-9 * Math.max(1, best.scale));
        if (assignment.size < Math.min(dense.rows, dense.cols)) seen.partialIncomplete++;
      }),
      { seed: SEED, numRuns: 2000 },
    );
    // Each outcome is exercised (with this seed: see the counts printed).
    console.log(`junk property, seed ${SEED}: ${JSON.stringify(seen)}`);
    expect(seen.invalid).toBeGreaterThan(200);
    expect(seen.infeasible).toBeGreaterThan(25);
    expect(seen.partialIncomplete).toBeGreaterThan(25);
    expect(seen.solved).toBeGreaterThan(200);
  });
});
