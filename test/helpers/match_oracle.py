"""Batch oracle for the matchProgram tests: the optimum of matchProgram's objectives on many
programmes, each as its score matrix and constraints, with scipy's HiGHS (scipy.optimize.milp) in
one process.

The problem (see test/helpers/matchBruteForce.ts for the same in TypeScript): x_rj in {0, 1} for
each allowed pair (finite score) of demand row r and mentor j;
  sum_j x_rj <= 1                      per row (a locked row: x_r,lock = 1, its other pairs absent),
  sum_r x_rj <= capacity_j             per mentor,
  sum_r hours_r x_rj <= budget_j       per mentor with an hours budget (a knapsack row: exact for
                                       any hours, uniform or not),
  sum_{r in g} x_rj <= 1               per group g of two or more rows (one micro mentee's
                                       requests) and mentor j.
The locked pairs are constants: they use their mentors' places and hours, and a group mate of a
locked row never gets its mentor; the model is solved over the free rows' pairs. Row r has a
priority p_r > 0 (1 in classic mode); a pair counts p_r s_rj.

Objectives, each lexicographic, the locked pairs counted in every figure:
  total     T = max sum p s x;
  coverage  W = max sum p x (the priorities of the matched rows); then max sum p s x with
            sum p x = W;
  fair      K = max sum x; then L = the highest lowest score (a binary search over the free
            scores, capped at the lowest locked score: can K pairs still be made from pairs scoring
            >= the threshold? each step a feasibility milp, whose matching, when there is one,
            moves the lower end up to its own lowest score); then max sum p s x with sum x = K over
            the pairs scoring >= L - 1e-12 |L| (scores within 1e-12 relative count as equal).
milp runs with mip_rel_gap = 0 and mip_abs_gap = 0 (HiGHS's defaults, 1e-4 and 1e-6, would accept
a suboptimal answer). Every solution is rounded, checked against every constraint, and its
figures recomputed from the scores, summed in row order.

stdin: a JSON array of instances
  {"rows": R, "cols": C, "scores": [R*C numbers, null = forbidden], "priority": [R],
   "capacity": [C], "budget": [C numbers, null = none], "hours": [R], "group": [R ints],
   "locked": [R ints, -1 = free], "objectives": ["total", "coverage", "fair"],
   "bounds": false}
stdout: a JSON array, one object per instance, one entry per objective asked:
  {"total": {"figures": {"matched": n, "weightedMatched": w, "lowestScore": x or null,
                         "weightedTotal": t, "totalScore": u}}, ...}
the figures of one optimal matching. With "bounds": true (the bound check mode) each entry also has
"optimum": the optimum of each of the objective's figures in turn, under the earlier ones, keyed as
matchProgram's `summary.boundOn` names them: {"weightedTotal"} for total, {"weightedMatched",
"weightedTotal"} for coverage, {"matched", "lowestScore", "weightedTotal"} for fair. No matching that
keeps every constraint (and reaches the earlier figures' optima) goes above any of them, and a
matching checked feasible reaches each: a proven upper bound must be at least as high.
"""

import json
import sys
import warnings

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csr_matrix, vstack

INTEGRAL = 1e-6
SLACK = 1e-9
LOWEST_TOLERANCE = 1e-12
OPTIONS = {"mip_rel_gap": 0.0, "mip_abs_gap": 0.0}


class Problem:
    """One instance: the free pairs as variables, the locked pairs as constants."""

    def __init__(self, spec):
        rows, cols = spec["rows"], spec["cols"]
        self.rows, self.cols = rows, cols
        scores = np.array([-np.inf if s is None else s for s in spec["scores"]], dtype=np.float64)
        self.scores = scores.reshape(rows, cols) if rows * cols > 0 else np.zeros((rows, cols))
        self.priority = np.array(spec.get("priority", [1.0] * rows), dtype=np.float64)
        if np.any(self.priority <= 0):
            raise RuntimeError("a priority is not positive")
        self.capacity = np.array(spec["capacity"], dtype=np.float64)
        self.budget = np.array([np.inf if b is None else b for b in spec["budget"]], dtype=np.float64)
        self.hours = np.array(spec["hours"], dtype=np.float64)
        self.group = list(spec["group"])
        self.locked = list(spec["locked"])
        cap_left = self.capacity.copy()
        hours_left = self.budget.copy()
        taken = set()  # (group, mentor) pairs held by a locked row
        self.locked_count = 0
        self.locked_weight = 0.0
        for r, j in enumerate(self.locked):
            if j < 0:
                continue
            if not np.isfinite(self.scores[r, j]):
                raise RuntimeError(f"row {r} is locked to a forbidden mentor {j}")
            cap_left[j] -= 1
            hours_left[j] -= self.hours[r]
            taken.add((self.group[r], j))
            self.locked_count += 1
            self.locked_weight += self.priority[r]
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
        self.p = self.priority[self.vi] if self.n > 0 else np.zeros(0)
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

    def solve(self, objective, allowed, count=None, weight=None):
        """Minimises objective . x over the free pairs with `allowed` (others fixed to 0), with
        sum x = count and sum p x >= weight when given; returns the rounded 0/1 vector, or None
        when infeasible."""
        if self.n == 0:
            if count not in (None, 0) or (weight is not None and weight > SLACK):
                return None
            return np.zeros(0, dtype=bool)
        a, upper = self.constraints
        constraints = [LinearConstraint(a, -np.inf, upper)]
        if count is not None:
            constraints.append(LinearConstraint(np.ones((1, self.n)), count, count))
        if weight is not None:
            constraints.append(LinearConstraint(self.p.reshape(1, self.n), weight, np.inf))
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
        if count is not None and int(np.count_nonzero(chosen)) != count:
            raise RuntimeError("oracle solution misses the count asked")
        if weight is not None and float(np.sum(self.p[chosen])) < weight - SLACK:
            raise RuntimeError("oracle solution misses the weight asked")
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
        """The figures of the locked pairs plus `chosen`, summed in row order."""
        assigned = list(self.locked)
        for k in np.flatnonzero(chosen):
            assigned[int(self.vi[k])] = int(self.vj[k])
        matched, weighted, weighted_total, total, lowest = 0, 0.0, 0.0, 0.0, None
        for r, j in enumerate(assigned):
            if j < 0:
                continue
            s = float(self.scores[r, j])
            p = float(self.priority[r])
            matched += 1
            weighted += p
            weighted_total += p * s
            total += s
            lowest = s if lowest is None else min(lowest, s)
        return {
            "matched": matched,
            "weightedMatched": weighted,
            "lowestScore": lowest,
            "weightedTotal": weighted_total,
            "totalScore": total,
        }

    def everything(self):
        return np.ones(self.n, dtype=bool)

    def best_total(self, allowed, count=None, weight=None):
        chosen = self.solve(-(self.p * self.s), allowed, count, weight)
        if chosen is None:
            raise RuntimeError("the total stage lost its pairs")
        return self.figures(chosen)

    def total(self):
        figures = self.best_total(self.everything())
        return figures, {"weightedTotal": figures["weightedTotal"]}

    def coverage(self):
        everything = self.everything()
        heaviest = self.solve(-self.p, everything)
        free_weight = float(np.sum(self.p[heaviest]))
        figures = self.best_total(everything, weight=free_weight - SLACK * max(1.0, free_weight))
        optimum = {"weightedMatched": free_weight + self.locked_weight, "weightedTotal": figures["weightedTotal"]}
        return figures, optimum

    def fair(self):
        everything = self.everything()
        widest = self.solve(-np.ones(self.n), everything)
        k = int(np.count_nonzero(widest))
        locked_scores = [self.scores[r, j] for r, j in enumerate(self.locked) if j >= 0]
        cap = float(min(locked_scores)) if locked_scores else np.inf
        if k == 0:
            figures = self.best_total(everything, k)
            lowest = None if not np.isfinite(cap) else cap
        else:
            # The highest threshold (no need to look past the first at or above the cap) that still
            # lets k pairs be made, by binary search over the free scores; every matching found
            # moves the lower end up to its own lowest score.
            thresholds = sorted({float(s) for s in self.s})
            at = {t: i for i, t in enumerate(thresholds)}
            lo = at[float(np.min(self.s[widest]))]
            hi = next((i for i, t in enumerate(thresholds) if t >= cap), len(thresholds) - 1)
            lo = min(lo, hi)
            while lo < hi:
                mid = (lo + hi + 1) // 2
                found = self.solve(np.zeros(self.n), self.s >= thresholds[mid], count=k)
                if found is None:
                    hi = mid - 1
                else:
                    lo = min(at[float(np.min(self.s[found]))], hi)
            lowest = float(min(thresholds[lo], cap))
            floor = lowest - LOWEST_TOLERANCE * abs(lowest)
            figures = self.best_total(self.s >= floor, k)
        optimum = {
            "matched": k + self.locked_count,
            "lowestScore": lowest,
            "weightedTotal": figures["weightedTotal"],
        }
        return figures, optimum


def main():
    specs = json.load(sys.stdin)
    answers = []
    for spec in specs:
        problem = Problem(spec)
        answer = {}
        for objective in spec["objectives"]:
            figures, optimum = getattr(problem, objective)()
            answer[objective] = {"figures": figures, "optimum": optimum} if spec.get("bounds") else {"figures": figures}
        answers.append(answer)
    json.dump(answers, sys.stdout, allow_nan=False)


if __name__ == "__main__":
    main()
