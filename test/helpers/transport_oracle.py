"""Batch oracle for test/capacitatedAssignment.scipy.test.ts: solves many capacitated assignment
(transportation) problems with scipy's HiGHS in one process.

The problem: x_ij in {0, 1} for each allowed pair (finite entry), sum_j x_ij = demand_i per row,
sum_i x_ij <= capacity_j per column, and, with groups, sum_{i in g} x_ij <= 1 per (group g, column j);
minimise (or maximise) sum c_ij x_ij.

Without groups, scipy.optimize.linprog(method="highs") on the LP relaxation x_ij in [0, 1]: its
constraint matrix is that of a bipartite graph, totally unimodular, so HiGHS's basic optimum is
integral. With groups, scipy.optimize.milp with mip_rel_gap = 0 (the default gap, 1e-4, would accept
a suboptimal answer); the (group, column) rows refine the column rows, so that matrix is totally
unimodular too, but milp does not rely on it. Either way the solution is rounded, checked against every constraint, and its
total recomputed from the entries, summed row by row, left to right; a solution that is not integral
within 1e-6 is an error, not an answer.

When the demands cannot all be met (the equality problem is infeasible), or when the instance asks
for `partial`, two stages: the most units K (maximise sum x with row sums <= demand), then the
optimal total among assignments of exactly K units (sum x = K as an extra equality).

stdin: native-endian float64 values: count, then per instance
  rows, cols, maximize (0/1), partial (0/1), hasGroups (0/1),
  capacities (cols values), demands (rows values), groups (rows values, only if hasGroups),
  the rows*cols entries row by row (forbidden = inf when minimising, -inf when maximising).
stdout: a JSON array, one entry per instance:
  {"feasible": f, "total": t or null, "units": k, "unitsTotal": u}
feasible: every demand can be met; total: the optimum when feasible, else null; units: the most
units K; unitsTotal: the optimal total among assignments of K units.
"""

import json
import sys

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, linprog, milp
from scipy.sparse import csr_matrix, vstack

INTEGRAL = 1e-6
LP_OPTIONS = {"primal_feasibility_tolerance": 1e-10, "dual_feasibility_tolerance": 1e-10}


class Problem:
    """The variables (allowed pairs) and constraint blocks of one instance."""

    def __init__(self, costs, capacities, demands, groups, maximize):
        rows, cols = costs.shape
        self.costs = costs
        self.capacities = capacities
        self.demands = demands
        self.groups = groups
        self.maximize = maximize
        flat = np.flatnonzero(np.isfinite(costs).ravel())
        self.vi = flat // cols
        self.vj = flat % cols
        n = len(flat)
        self.n = n
        self.c = costs.ravel()[flat]
        ones = np.ones(n)
        var = np.arange(n)
        self.row_block = csr_matrix((ones, (self.vi, var)), shape=(rows, n))
        self.col_block = csr_matrix((ones, (self.vj, var)), shape=(cols, n))
        self.group_block = None
        self._upper = None
        if groups is not None:
            group_of_row = np.unique(groups, return_inverse=True)[1]
            keys = group_of_row[self.vi] * cols + self.vj
            used, key_row = np.unique(keys, return_inverse=True)
            self.group_block = csr_matrix((ones, (key_row, var)), shape=(len(used), n))

    def upper_constraints(self):
        """(A, b) of the <= constraints shared by every stage: columns, and groups if any."""
        if self._upper is None:
            blocks = [self.col_block]
            bounds = [self.capacities]
            if self.group_block is not None:
                blocks.append(self.group_block)
                bounds.append(np.ones(self.group_block.shape[0]))
            self._upper = (vstack(blocks, format="csr"), np.concatenate(bounds))
        return self._upper

    def solve(self, objective, eq=None, extra_ub=None):
        """Minimises objective . x under the shared constraints plus `eq` (A, b) equalities and
        `extra_ub` (A, b) upper bounds; returns the rounded 0/1 solution or None if infeasible."""
        a_ub, b_ub = self.upper_constraints()
        if extra_ub is not None:
            a_ub = vstack([a_ub, extra_ub[0]], format="csr")
            b_ub = np.concatenate([b_ub, extra_ub[1]])
        if self.group_block is None:
            result = linprog(
                objective,
                A_ub=a_ub,
                b_ub=b_ub,
                A_eq=None if eq is None else eq[0],
                b_eq=None if eq is None else eq[1],
                bounds=(0, 1),
                method="highs",
                options=LP_OPTIONS,
            )
            if result.status == 2:
                return None
            if result.status != 0:
                raise RuntimeError(f"linprog: {result.message}")
        else:
            constraints = [LinearConstraint(a_ub, -np.inf, b_ub)]
            if eq is not None:
                constraints.append(LinearConstraint(eq[0], eq[1], eq[1]))
            result = milp(
                objective,
                constraints=constraints,
                integrality=np.ones(self.n),
                bounds=Bounds(0, 1),
                options={"mip_rel_gap": 0.0},
            )
            if result.status == 2:
                return None
            if result.status != 0:
                raise RuntimeError(f"milp: {result.message}")
        x = np.asarray(result.x)
        rounded = np.round(x)
        if np.any(np.abs(x - rounded) > INTEGRAL):
            raise RuntimeError("HiGHS returned a fractional solution")
        return rounded.astype(bool)

    def check(self, chosen, exact_rows):
        """Raises unless `chosen` meets every constraint (row sums equal demand if exact_rows)."""
        rows, cols = self.costs.shape
        row_load = np.bincount(self.vi[chosen], minlength=rows)
        col_load = np.bincount(self.vj[chosen], minlength=cols)
        if np.any(row_load > self.demands) or (exact_rows and np.any(row_load != self.demands)):
            raise RuntimeError("oracle solution breaks a demand")
        if np.any(col_load > self.capacities):
            raise RuntimeError("oracle solution breaks a capacity")
        if self.groups is not None:
            keys = self.groups[self.vi[chosen]].astype(np.int64) * cols + self.vj[chosen]
            if len(np.unique(keys)) != len(keys):
                raise RuntimeError("oracle solution puts two rows of a group on one column")

    def total(self, chosen):
        """Sum of the chosen entries in row order, then column order (variables are row-major)."""
        return float(sum(self.c[chosen].tolist()))

    def objective(self):
        return -self.c if self.maximize else self.c

    def exact(self):
        """The optimum with every demand met, or None when infeasible."""
        if self.n == 0:
            return 0.0 if not np.any(self.demands) else None
        chosen = self.solve(self.objective(), eq=(self.row_block, self.demands))
        if chosen is None:
            return None
        self.check(chosen, exact_rows=True)
        return self.total(chosen)

    def most_units(self):
        """(K, optimal total among assignments of K units)."""
        if self.n == 0:
            return 0, 0.0
        row_ub = (self.row_block, self.demands)
        first = self.solve(-np.ones(self.n), extra_ub=row_ub)
        if first is None:
            raise RuntimeError("the unit-maximising stage cannot be infeasible")
        units = int(np.count_nonzero(first))
        all_units = csr_matrix(np.ones((1, self.n)))
        chosen = self.solve(self.objective(), eq=(all_units, np.array([units])), extra_ub=row_ub)
        if chosen is None or int(np.count_nonzero(chosen)) != units:
            raise RuntimeError("the second stage lost units")
        self.check(chosen, exact_rows=False)
        return units, self.total(chosen)


def main():
    values = np.frombuffer(sys.stdin.buffer.read(), dtype=np.float64)
    count = int(values[0])
    at = 1
    answers = []

    def take(k):
        nonlocal at
        block = values[at : at + k]
        at += k
        return block

    for _ in range(count):
        rows, cols, maximize, partial, has_groups = (int(v) for v in take(5))
        capacities = take(cols).copy()
        demands = take(rows).copy()
        groups = take(rows).astype(np.int64) if has_groups else None
        costs = take(rows * cols).reshape(rows, cols)
        problem = Problem(costs, capacities, demands, groups, bool(maximize))
        demand = int(demands.sum())
        total = None if partial else problem.exact()
        if total is not None:
            units, units_total = demand, total
        else:
            units, units_total = problem.most_units()
            if units == demand:
                total = units_total
        feasible = total is not None
        answers.append({"feasible": feasible, "total": total, "units": units, "unitsTotal": units_total})
    if at != len(values):
        raise RuntimeError(f"read {at} of {len(values)} values")
    json.dump(answers, sys.stdout, allow_nan=False)


if __name__ == "__main__":
    main()
