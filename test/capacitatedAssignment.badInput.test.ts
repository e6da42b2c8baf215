import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import {
  capacitatedAssignment,
  type DenseMatrix,
  denseMatrixFrom,
  InvalidInputError,
  type MatrixInput,
  MentormatchError,
} from '../src/index.js';
import { thrownBy } from './helpers/capacitatedChecks.js';
import { FC_SEED } from './helpers/fastCheck.js';

console.info(`fast-check seed for capacitatedAssignment: ${FC_SEED}`);

type Options = Parameters<typeof capacitatedAssignment>[1];

const inf = Number.POSITIVE_INFINITY;

/** Calls the public function with anything, as an untyped (JavaScript) caller could. */
function call(input: unknown, options?: unknown): unknown {
  return thrownBy(() => (capacitatedAssignment as (a: unknown, b: unknown) => unknown)(input, options));
}

/**
 * Path of the issue for entry `index` of option `name`, in the form every solver uses for options
 * (`['options', 'capacities', 3]`, like `['options', 'maximize']`).
 */
function optionPath(name: 'capacities' | 'demands' | 'groups', index: number): (string | number)[] {
  return ['options', name, index];
}

function expectInvalid(error: unknown, path: readonly (string | number)[] | string, shows: string): void {
  expect(error).toBeInstanceOf(InvalidInputError);
  expect(error).toBeInstanceOf(MentormatchError);
  const invalid = error as InvalidInputError;
  expect(invalid.name).toBe('InvalidInputError');
  expect(invalid.code).toBe('INVALID_INPUT');
  expect(invalid.issues.length).toBeGreaterThan(0);
  if (typeof path === 'string') expect(invalid.issues[0]?.path).toContain(path);
  else expect(invalid.issues[0]?.path).toEqual(path);
  expect(invalid.message.startsWith('capacitatedAssignment: ')).toBe(true);
  expect(invalid.message).toContain(shows);
  expect(invalid.issues[0]?.message).toContain(shows);
}

describe('capacitatedAssignment rejects bad input with InvalidInputError', () => {
  const square = (): unknown[][] => [
    [4, 1, 3],
    [2, 0, 5],
    [3, 2, 2],
  ];
  const withEntry = (value: unknown, i: number, j: number): unknown[][] => {
    const rows = square();
    (rows[i] as unknown[])[j] = value;
    return rows;
  };
  const caps = [1, 1, 1];

  it('matrix entries: NaN, the wrong infinity, non-numbers and overflowing magnitudes, at [row, column]', () => {
    expectInvalid(call(withEntry(Number.NaN, 1, 0), { capacities: caps }), [1, 0], 'NaN');
    expectInvalid(call(withEntry(-inf, 0, 2), { capacities: caps }), [0, 2], '-Infinity');
    expectInvalid(call(withEntry(inf, 2, 1), { capacities: caps, maximize: true }), [2, 1], 'Infinity');
    expectInvalid(call(withEntry('7', 2, 0), { capacities: caps }), [2, 0], '"7"');
    expectInvalid(call(withEntry(null, 1, 1), { capacities: caps }), [1, 1], 'null');
    expectInvalid(call(withEntry(undefined, 1, 1), { capacities: caps, partial: true }), [1, 1], 'undefined');
    expectInvalid(call(withEntry(1e308, 1, 2), { capacities: caps }), [1, 2], '1e+308');
    const dense: DenseMatrix = { rows: 2, cols: 2, data: new Float64Array([1, 2, Number.NaN, 3]) };
    expectInvalid(call(dense, { capacities: [1, 1] }), [1, 0], 'NaN');
    expectInvalid(call(dense, { capacities: [1, 1], maximize: true }), [1, 0], 'NaN');
    const denseWrongInfinity: DenseMatrix = { rows: 1, cols: 2, data: new Float64Array([1, -inf]) };
    expectInvalid(call(denseWrongInfinity, { capacities: [1, 1] }), [0, 1], '-Infinity');
    expectInvalid(call(new Matrix([[1, Number.NaN]]), { capacities: [1, 1] }), [0, 1], 'NaN');
    expectInvalid(
      call([new Float64Array([1, 2]), new Float64Array([3, Number.NaN])], { capacities: [1, 1] }),
      [1, 1],
      'NaN',
    );
  });

  it('a malformed matrix: ragged rows, a row that is not an array, not a matrix at all', () => {
    expectInvalid(
      call(
        [
          [1, 2],
          [3, 4],
          [5, 6, 7],
        ],
        { capacities: [1, 1] },
      ),
      [2],
      'row 2',
    );
    expectInvalid(call([[1, 2], 5], { capacities: [1, 1] }), [1], 'got 5');
    expectInvalid(call(null, { capacities: [] }), [], 'got null');
    expectInvalid(call(42, { capacities: [] }), [], 'got 42');
    expectInvalid(call({ rows: 2, cols: 2, data: new Float64Array(3) }, { capacities: [1, 1] }), [], 'length 3');
  });

  it('missing capacities: no options, empty options, capacities not an array', () => {
    expectInvalid(call(square()), 'capacities', 'capacities');
    expectInvalid(call(square(), {}), 'capacities', 'capacities');
    expectInvalid(call(square(), { maximize: true }), 'capacities', 'capacities');
    expectInvalid(call(square(), { capacities: null }), 'capacities', 'null');
    expectInvalid(call(square(), { capacities: 3 }), 'capacities', '3');
    expectInvalid(call(square(), { capacities: '111' }), 'capacities', '"111"');
  });

  it('capacities of the wrong length (one per column)', () => {
    expectInvalid(call(square(), { capacities: [1, 1] }), 'capacities', '2');
    expectInvalid(call(square(), { capacities: [1, 1, 1, 1] }), 'capacities', '4');
    expectInvalid(call(square(), { capacities: [] }), 'capacities', '0');
  });

  const badCounts: readonly (readonly [value: unknown, shows: string])[] = [
    [-1, '-1'],
    [1.5, '1.5'],
    [Number.NaN, 'NaN'],
    [-inf, '-Infinity'],
    ['2', '"2"'],
    [null, 'null'],
    [undefined, 'undefined'],
    [true, 'true'],
  ];

  it('a bad capacity names its index: negative, fractional, NaN, non-numbers', () => {
    const wide = [
      [1, 2, 3, 4],
      [5, 6, 7, 8],
    ];
    for (const [value, shows] of badCounts) {
      expectInvalid(call(wide, { capacities: [1, 1, 1, value] }), optionPath('capacities', 3), shows);
      expectInvalid(
        call(wide, { capacities: [1, 1, 1, value], partial: true, maximize: true }),
        optionPath('capacities', 3),
        shows,
      );
    }
    expectInvalid(call(wide, { capacities: Float64Array.from([2, 2, 2, -1]) }), optionPath('capacities', 3), '-1');
    expectInvalid(call(wide, { capacities: Float64Array.from([2, 0.5, 2, 1]) }), optionPath('capacities', 1), '0.5');
  });

  it('a bad demand names its index: negative, fractional, NaN, infinite, non-numbers; wrong length', () => {
    for (const [value, shows] of [...badCounts, [inf, 'Infinity'] as const]) {
      expectInvalid(call(square(), { capacities: caps, demands: [value, 1, 1] }), optionPath('demands', 0), shows);
      expectInvalid(
        call(square(), { capacities: caps, demands: [1, 1, value], partial: true }),
        optionPath('demands', 2),
        shows,
      );
    }
    expectInvalid(
      call(square(), { capacities: caps, demands: Float64Array.from([1, -2, 1]) }),
      optionPath('demands', 1),
      '-2',
    );
    expectInvalid(call(square(), { capacities: caps, demands: [1, 1] }), 'demands', '2');
    expectInvalid(call(square(), { capacities: caps, demands: [1, 1, 1, 1] }), 'demands', '4');
    expectInvalid(call(square(), { capacities: caps, demands: 1 }), 'demands', '1');
  });

  it('a bad group id names its index: fractional, NaN, infinite, non-numbers; wrong length', () => {
    const groupBad: readonly (readonly [value: unknown, shows: string])[] = [
      [1.5, '1.5'],
      [Number.NaN, 'NaN'],
      [inf, 'Infinity'],
      ['a', '"a"'],
      [null, 'null'],
      [undefined, 'undefined'],
    ];
    for (const [value, shows] of groupBad) {
      expectInvalid(call(square(), { capacities: [3, 3, 3], groups: [0, 0, value] }), optionPath('groups', 2), shows);
    }
    expectInvalid(
      call(square(), { capacities: [3, 3, 3], groups: Float64Array.from([0, 0.25, 1]) }),
      optionPath('groups', 1),
      '0.25',
    );
    expectInvalid(call(square(), { capacities: [3, 3, 3], groups: [0, 0] }), 'groups', '2');
    expectInvalid(call(square(), { capacities: [3, 3, 3], groups: 'abc' }), 'groups', '"abc"');
  });

  it('options that are not an object, and maximize or partial that are not booleans', () => {
    for (const options of [5, 'x', null, true]) {
      expect(call(square(), options)).toBeInstanceOf(InvalidInputError);
    }
    expectInvalid(call(square(), { capacities: caps, maximize: 'yes' }), 'maximize', '"yes"');
    expectInvalid(call(square(), { capacities: caps, partial: 1 }), 'partial', '1');
  });

  it('well-formed inputs in every accepted form solve alike: typed-array options and rows, DenseMatrix, Matrix', () => {
    const costs = [
      [4, 1, 3],
      [2, 0, 5],
      [3, 2, 2],
    ];
    const forms: MatrixInput[] = [
      costs,
      costs.map((row) => Float64Array.from(row)),
      denseMatrixFrom(costs),
      new Matrix(costs),
    ];
    const optionForms: Options[] = [
      { capacities: [2, 1, 1], demands: [1, 1, 2] },
      { capacities: Int32Array.from([2, 1, 1]), demands: Uint8Array.from([1, 1, 2]) },
      {
        capacities: Float64Array.from([2, 1, 1]),
        demands: Float64Array.from([1, 1, 2]),
        groups: Int32Array.from([0, 1, 2]),
      },
    ];
    const totals = forms.flatMap((input) => optionForms.map((options) => capacitatedAssignment(input, options).total));
    // Every column is filled (4 units, 4 places). Row 2 takes columns 0 and 2 (3 + 2), rows 0 and 1
    // take columns 1 and 0 (1 + 2): 8. Row 2 on {0, 1} or {1, 2} leads to 10.
    expect(new Set(totals)).toEqual(new Set([8]));
  });
});
