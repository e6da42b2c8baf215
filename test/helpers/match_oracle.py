"""Batch oracle for test/matchProgram.oracle.test.ts: the optimum of matchProgram's objectives on
many programmes, each as its score matrix and constraints, with scipy's HiGHS (scipy.optimize.milp)
in one process.

The problem (see test/helpers/matchBruteForce.ts for the same in TypeScript): x_rj in {0, 1} for
each allowed pair (finite score) of demand row r and mentor j;
  sum_j x_rj <= 1                      per row (a locked row: x_r,lock = 1, its other pairs absent),
  sum_r x_rj <= capacity_j             per mentor,
  sum_r hours_r x_rj <= budget_j       per mentor with an hours budget (a knapsack row: exact for
                                       any hours, uniform or not),
  sum_{r in g} x_rj <= 1               per group g of two or more rows (one micro mentee's
                                       requests) and mentor j.
The locked pairs are constants: they use their mentors' places and hours, and a group mate of a
locked row never gets its mentor; the model is solved over the free rows' pairs.

Objectives, each lexicographic, the locked pairs counted in every figure:
  total     max sum s_rj x_rj;
  coverage  K = max sum x; then max total with sum x = K;
  fair      K as above; then the highest threshold T (among the free scores, capped at the lowest
            locked score) such that K pairs can still be made from pairs scoring >= T (a binary
            search, each step a milp); then max total with sum x = K over pairs scoring >= T.
milp runs with mip_rel_gap = 0 and mip_abs_gap = 0 (HiGHS's defaults, 1e-4 and 1e-6, would accept
a suboptimal answer). Every solution is rounded, checked against every constraint, and its
figures recomputed from the scores, summed in row order (as matchProgram's summary sums them).

stdin: a JSON array of instances
  {"rows": R, "cols": C, "scores": [R*C numbers, null = forbidden], "capacity": [C],
   "budget": [C numbers, null = none], "hours": [R], "group": [R ints], "locked": [R ints, -1 = free],
   "objectives": ["total", "coverage", "fair"]}
stdout: a JSON array, one object per instance, one entry per objective asked:
  {"total": {"size": n, "lowest": x or null, "total": t}, ...}
"""

import json
import sys
import warnings

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csr_matrix, vstack

INTEGRAL = 1e-6
SLACK = 1e-9
OPTIONS = {"mip_rel_gap": 0.0, "mip_abs_gap": 0.0}


class Problem:
    """One instance: the free pairs as variables, the locked pairs as constants."""

    def __init__(self, spec):
        rows, cols = spec["rows"], spec["cols"]
        self.rows, self.cols = rows, cols
        scores = np.array([-np.inf if s is None else s for s in spec["scores"]], dtype=np.float64)
        self.scores = scores.reshape(rows, cols) if rows * cols > 0 else np.zeros((rows, cols))
        self.capacity = np.array(spec["capacity"], dtype=np.float64)
        self.budget = np.array([np.inf if b is None else b for b in spec["budget"]], dtype=np.float64)
        self.hours = np.array(spec["hours"], dtype=np.float64)
        self.group = list(spec["group"])
        self.locked = list(spec["locked"])
        cap_left = self.capacity.copy()
        hours_left = self.budget.copy()
        taken = set()  # (group, mentor) pairs held by a locked row
        for r, j in enumerate(self.locked):
            if j < 0:
                continue
            if not np.isfinite(self.scores[r, j]):
                raise RuntimeError(f"row {r} is locked to a forbidden mentor {j}")
            cap_left[j] -= 1
            hours_left[j] -= self.hours[r]
            taken.add((self.group[r], j))
        if np.any(cap_left < 0) or np.any(hours_left < -SLACK):
            raise RuntimeError("the locked pairs break a capacity or a budget")
        self.cap_left = cap_left
        self.hours_left = hours_left
        vi, vj = [], []
        for r in range(rows):
            if self.locked[r] >= 0:
                continue
            for j in range(cols):
                if np.isfinite(self.scores[r, j]) and (self.group[r], j) not in taken:
                    vi.append(r)
                    vj.append(j)
        self.vi = np.array(vi, dtype=np.int64)
        self.vj = np.array(vj, dtype=np.int64)
        self.n = len(vi)
        self.s = self.scores[self.vi, self.vj] if self.n > 0 else np.zeros(0)
        self.constraints = self._constraints()

    def _constraints(self):
        """(A, upper bounds) of every constraint over the free pairs."""
        if self.n == 0:
            return None
        blocks, bounds = [], []

        def block(mask, keys, values, upper):
            """One row per distinct key among the variables in `mask`; `upper(keys)` its bounds."""
            var = np.flatnonzero(mask)
            used, key_row = np.unique(keys[var], return_inverse=True)
            blocks.append(csr_matrix((values[var], (key_row, var)), shape=(len(used), self.n)))
            bounds.append(upper(used))

        every = np.ones(self.n, dtype=bool)
        ones = np.ones(self.n)
        block(every, self.vi, ones, lambda used: np.ones(len(used)))
        block(every, self.vj, ones, lambda used: self.cap_left[used])
        budgeted = np.isfinite(self.hours_left[self.vj])
        if np.any(budgeted):
            block(budgeted, self.vj, self.hours[self.vi], lambda used: self.hours_left[used])
        group_of = np.array([self.group[r] for r in self.vi], dtype=np.int64)
        block(every, group_of * (self.cols + 1) + self.vj, ones, lambda used: np.ones(len(used)))
        return vstack(blocks, format="csr"), np.concatenate(bounds)

    def solve(self, objective, allowed, count=None):
        """Minimises objective . x over the free pairs with `allowed` (others fixed to 0), and
        sum x = count if given; returns the rounded 0/1 vector, or None when infeasible."""
        if self.n == 0:
            return None if count not in (None, 0) else np.zeros(0, dtype=bool)
        a, upper = self.constraints
        constraints = [LinearConstraint(a, -np.inf, upper)]
        if count is not None:
            constraints.append(LinearConstraint(np.ones((1, self.n)), count, count))
        ub = np.where(allowed, 1.0, 0.0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # options passed to HiGHS verbatim
            result = milp(
                objective,
                constraints=constraints,
                integrality=np.ones(self.n),
                bounds=Bounds(np.zeros(self.n), ub),
                options=dict(OPTIONS),
            )
        if result.status == 2:
            return None
        if result.status != 0:
            raise RuntimeError(f"milp: {result.message}")
        x = np.asarray(result.x)
        rounded = np.round(x)
        if np.any(np.abs(x - rounded) > INTEGRAL):
            raise RuntimeError("HiGHS returned a fractional solution")
        chosen = rounded.astype(bool)
        self.check(chosen, allowed)
        return chosen

    def check(self, chosen, allowed):
        """Raises unless `chosen` (with the locked pairs) meets every constraint."""
        if np.any(chosen & ~allowed):
            raise RuntimeError("oracle solution uses a pair it should not")
        assigned = list(self.locked)
        for k in np.flatnonzero(chosen):
            r, j = int(self.vi[k]), int(self.vj[k])
            if assigned[r] >= 0:
                raise RuntimeError(f"oracle solution gives row {r} two mentors")
            assigned[r] = j
        load = np.zeros(self.cols)
        given = np.zeros(self.cols)
        held = set()
        for r, j in enumerate(assigned):
            if j < 0:
                continue
            load[j] += 1
            given[j] += self.hours[r]
            if (self.group[r], j) in held:
                raise RuntimeError(f"oracle solution gives mentor {j} two rows of group {self.group[r]}")
            held.add((self.group[r], j))
        if np.any(load > self.capacity) or np.any(given > self.budget + SLACK):
            raise RuntimeError("oracle solution breaks a capacity or a budget")

    def figures(self, chosen):
        """Size, lowest score and total (in row order) of the locked pairs plus `chosen`."""
        assigned = list(self.locked)
        for k in np.flatnonzero(chosen):
            assigned[int(self.vi[k])] = int(self.vj[k])
        size, total, lowest = 0, 0.0, None
        for r, j in enumerate(assigned):
            if j < 0:
                continue
            s = float(self.scores[r, j])
            size += 1
            total += s
            lowest = s if lowest is None else min(lowest, s)
        return {"size": size, "lowest": lowest, "total": total}

    def most_pairs(self, allowed):
        chosen = self.solve(-np.ones(self.n), allowed)
        return int(np.count_nonzero(chosen))

    def best_total(self, allowed, count=None):
        chosen = self.solve(-self.s, allowed, count)
        if chosen is None:
            raise RuntimeError("the total stage lost its pairs")
        return self.figures(chosen)

    def total(self):
        return self.best_total(np.ones(self.n, dtype=bool))

    def coverage(self):
        everything = np.ones(self.n, dtype=bool)
        return self.best_total(everything, self.most_pairs(everything))

    def fair(self):
        everything = np.ones(self.n, dtype=bool)
        k = self.most_pairs(everything)
        locked_scores = [self.scores[r, j] for r, j in enumerate(self.locked) if j >= 0]
        cap = min(locked_scores) if locked_scores else np.inf
        thresholds = sorted({min(float(s), cap) for s in self.s})
        if not thresholds or k == 0:
            return self.best_total(everything, k)
        lo, hi = 0, len(thresholds) - 1  # thresholds[0] keeps every pair
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.most_pairs(self.s >= thresholds[mid]) == k:
                lo = mid
            else:
                hi = mid - 1
        return self.best_total(self.s >= thresholds[lo], k)


def main():
    specs = json.load(sys.stdin)
    answers = []
    for spec in specs:
        problem = Problem(spec)
        answers.append({objective: getattr(problem, objective)() for objective in spec["objectives"]})
    json.dump(answers, sys.stdout, allow_nan=False)


if __name__ == "__main__":
    main()
