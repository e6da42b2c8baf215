"""Batch oracle for test/linearSumAssignment.csr.scipy.test.ts: solves many sparse assignment
problems with scipy.sparse.csgraph.min_weight_full_bipartite_matching in one process.

stdin: native-endian float64 values: count, then per instance rows, cols, maximize (0 or 1), nnz,
the rows + 1 values of indptr, the nnz column indices and the nnz entries (compressed sparse rows).
stdout: a JSON array, one entry per instance: {"feasible": true, "total": t, "size": k} with the
total summed in row order, or {"feasible": false} when scipy finds no full matching.
"""

import json
import sys

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching


def main():
    values = np.frombuffer(sys.stdin.buffer.read(), dtype=np.float64)
    count = int(values[0])
    at = 1
    answers = []
    for _ in range(count):
        rows, cols, maximize, nnz = (int(v) for v in values[at : at + 4])
        at += 4
        indptr = values[at : at + rows + 1].astype(np.int64)
        at += rows + 1
        indices = values[at : at + nnz].astype(np.int64)
        at += nnz
        data = values[at : at + nnz].copy()
        at += nnz
        graph = csr_matrix((data, indices, indptr), shape=(rows, cols))
        try:
            r, c = min_weight_full_bipartite_matching(graph, maximize=bool(maximize))
        except ValueError as error:
            if "no full matching" not in str(error):
                raise
            answers.append({"feasible": False})
            continue
        order = np.argsort(r, kind="stable")
        dense_row = graph.toarray() if rows * cols <= 4_000_000 else None
        if dense_row is not None:
            picked = dense_row[r[order], c[order]]
        else:
            picked = np.asarray(graph[r[order], c[order]]).ravel()
        answers.append({"feasible": True, "total": float(sum(picked.tolist())), "size": int(len(r))})
    if at != len(values):
        raise RuntimeError(f"read {at} of {len(values)} values")
    json.dump(answers, sys.stdout, allow_nan=False)


if __name__ == "__main__":
    main()
