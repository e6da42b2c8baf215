"""Batch oracle for test/linearSumAssignment.scipy.test.ts: solves many assignment problems with
scipy.optimize.linear_sum_assignment in one process.

stdin: native-endian float64 values: count, then per instance rows, cols, maximize (0 or 1) and the
rows*cols entries row by row (forbidden = inf when minimising, -inf when maximising).
stdout: a JSON array, one entry per instance:
  {"feasible": true, "total": t, "size": k}   the optimum over min(rows, cols) pairs, or
  {"feasible": false, "partialSize": k, "partialTotal": t}
when scipy says "cost matrix is infeasible": then k is the most pairs over allowed entries
(scipy.sparse.csgraph.maximum_bipartite_matching) and t the optimal total among assignments of k
pairs, found by giving forbidden pairs a cost M larger than any difference of allowed totals.
"""

import json
import sys

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import maximum_bipartite_matching


def partial_optimum(costs, maximize):
    """Most pairs over allowed entries, and the optimal total among assignments of that many."""
    allowed = np.isfinite(costs)
    matching = maximum_bipartite_matching(csr_matrix(allowed.astype(np.int8)), perm_type="column")
    size = int(np.count_nonzero(matching >= 0))
    if size == 0:
        return size, 0.0
    minimise = -costs if maximize else costs
    finite = minimise[allowed]
    big = 1.0 + 2.0 * min(costs.shape) * (float(np.max(np.abs(finite))) + 1.0)
    padded = np.where(allowed, minimise, big)
    rows, cols = linear_sum_assignment(padded)
    keep = allowed[rows, cols]
    if int(np.count_nonzero(keep)) != size:
        raise RuntimeError("big-M solve did not reach the maximum matching size")
    return size, float(sum(costs[rows[keep], cols[keep]].tolist()))


def main():
    values = np.frombuffer(sys.stdin.buffer.read(), dtype=np.float64)
    count = int(values[0])
    at = 1
    answers = []
    for _ in range(count):
        rows, cols, maximize = int(values[at]), int(values[at + 1]), bool(values[at + 2])
        at += 3
        costs = values[at : at + rows * cols].reshape(rows, cols)
        at += rows * cols
        try:
            r, c = linear_sum_assignment(costs, maximize=maximize)
        except ValueError as error:
            if "infeasible" not in str(error):
                raise
            size, total = partial_optimum(costs, maximize)
            answers.append({"feasible": False, "partialSize": size, "partialTotal": total})
            continue
        # Summed in row order, left to right, as the solver under test sums its total.
        answers.append({"feasible": True, "total": float(sum(costs[r, c].tolist())), "size": int(len(r))})
    if at != len(values):
        raise RuntimeError(f"read {at} of {len(values)} values")
    json.dump(answers, sys.stdout, allow_nan=False)


if __name__ == "__main__":
    main()
