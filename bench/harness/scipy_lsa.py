"""Times scipy.optimize.linear_sum_assignment on one matrix for bench/harness/scipy.ts.

usage: python3 scipy_lsa.py MATRIX ROWS COLS RUNS WARMUP CAP_MS
MATRIX is a raw little-endian float64 file, row-major (forbidden pairs = inf), written by the
benchmark; the array is loaded before any timing, and only the call itself is timed, with
time.perf_counter and gc.collect() before each run. The plan matches bench/harness/timing.ts: if WARMUP is 1,
untimed warm-up runs (up to 50 while under 250 ms in all; a first one longer than CAP_MS is kept as the
only sample), then up to RUNS timed runs, stopping after one longer than CAP_MS.

stdout: JSON {"samples": [ms, ...], "status": "solved" | "infeasible", "rowToCol": [...], "total": t}
(rowToCol and total only when solved; total summed by numpy as scipy users would).
"""

import gc
import json
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment

WARMUP_RUNS = 50  # as in bench/harness/timing.ts
WARMUP_MS = 250.0


def solve_once(costs):
    """One timed call: (milliseconds, (rows, cols) or None when scipy reports infeasibility)."""
    gc.collect()
    start = time.perf_counter()
    try:
        result = linear_sum_assignment(costs)
    except ValueError as error:
        elapsed = (time.perf_counter() - start) * 1000.0
        if "infeasible" not in str(error):
            raise
        return elapsed, None
    return (time.perf_counter() - start) * 1000.0, result


def main():
    path, rows, cols, runs, warmup, cap_ms = sys.argv[1:]
    rows, cols, runs, cap_ms = int(rows), int(cols), int(runs), float(cap_ms)
    costs = np.fromfile(path, dtype="<f8").reshape(rows, cols)
    samples = []
    result = None
    if warmup == "1":
        elapsed, result = solve_once(costs)
        if elapsed > cap_ms:
            samples.append(elapsed)
            runs = 0
        spent, count = elapsed, 1
        while runs > 0 and count < WARMUP_RUNS and spent < WARMUP_MS:
            elapsed, result = solve_once(costs)
            spent, count = spent + elapsed, count + 1
    while len(samples) < runs:
        elapsed, result = solve_once(costs)
        samples.append(elapsed)
        if elapsed > cap_ms:
            break
    answer = {"samples": samples, "status": "infeasible" if result is None else "solved"}
    if result is not None:
        row_ind, col_ind = result
        row_to_col = np.full(rows, -1, dtype=np.int64)
        row_to_col[row_ind] = col_ind
        answer["rowToCol"] = row_to_col.tolist()
        answer["total"] = float(costs[row_ind, col_ind].sum())
    json.dump(answer, sys.stdout)


if __name__ == "__main__":
    main()
