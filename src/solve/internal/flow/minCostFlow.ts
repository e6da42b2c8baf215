/**
 * A general min-cost flow network, built arc by arc and solved by successive shortest paths
 * (costs may be negative; the network must start without a negative cycle, which an acyclic one
 * never has). Each augmentation follows a cheapest path, so the
 * flow after every step is the cheapest of its value: stopping at the first path that costs ≥ 0
 * gives the cheapest flow of any value, and going on while a path exists (`partial`) the cheapest
 * of the largest flows. Small and plain, for the networks of quotas (requests, mentor and value
 * nodes); the assignment kernels elsewhere in `flow/` are the fast path without quotas.
 */

import { checkTime } from '../clock.js';
import { popHeap, siftUp } from './heap.js';

/** A network: arc `a` and its reverse `a ^ 1`; `cap` is the residual capacity. */
export class FlowNetwork {
  nodes: number;
  private readonly head: number[] = [];
  private readonly next: number[] = [];
  private readonly to: number[] = [];
  private readonly cap: number[] = [];
  private readonly cost: number[] = [];

  constructor(nodes: number) {
    this.nodes = nodes;
    for (let v = 0; v < nodes; v++) this.head.push(-1);
  }

  /** A new node's index. */
  node(): number {
    this.head.push(-1);
    return this.nodes++;
  }

  /** Adds an arc `u → v` of capacity `cap` (may be `Infinity`) and unit `cost`; returns its index. */
  arc(u: number, v: number, cap: number, cost: number): number {
    const a = this.to.length;
    this.to.push(v, u);
    this.cap.push(cap, 0);
    this.cost.push(cost, -cost);
    this.next.push(this.head[u] as number, this.head[v] as number);
    this.head[u] = a;
    this.head[v] = a + 1;
    return a;
  }

  /** The flow on arc `a`. */
  flow(a: number): number {
    return this.cap[a ^ 1] as number;
  }

  /**
   * Sends flow from `s` to `t` along cheapest paths: while one costs < 0, or while one exists when
   * `partial`. Potentials from one Bellman–Ford search make every residual cost ≥ 0 (reduced costs),
   * so each later path is Dijkstra's, stopped when it reaches `t` (the nodes left get `t`'s
   * distance, which keeps the reduced costs ≥ 0). Costs within a relative 1e-12 of the largest
   * count as equal (no loop on rounding).
   */
  solve(s: number, t: number, partial: boolean): void {
    const n = this.nodes;
    const { head, next, to, cap, cost } = this;
    let scale = 1;
    for (const c of cost) scale = Math.max(scale, Math.abs(c));
    const eps = 1e-12 * scale;
    const INF = Number.POSITIVE_INFINITY;
    const dist = new Float64Array(n).fill(INF);
    const pot = new Float64Array(n);
    const prev = new Int32Array(n);
    const mark = new Uint8Array(n);
    const heap = new Int32Array(n);
    const pos = new Int32Array(n);
    // Bellman–Ford (a queue) from s: the first potentials; nodes it cannot reach never become reachable.
    let first = 0;
    let last = 0;
    heap[last++] = s;
    dist[s] = 0;
    while (first !== last) {
      const u = heap[first] as number;
      first = first === n - 1 ? 0 : first + 1;
      mark[u] = 0;
      for (let a = head[u] as number; a >= 0; a = next[a] as number) {
        const v = to[a] as number;
        const d = (dist[u] as number) + (cost[a] as number);
        if ((cap[a] as number) > 0 && d < (dist[v] as number) - eps) {
          dist[v] = d;
          if (mark[v] === 0) {
            mark[v] = 1;
            heap[last] = v;
            last = last === n - 1 ? 0 : last + 1;
          }
        }
      }
    }
    for (let v = 0; v < n; v++) pot[v] = (dist[v] as number) < INF ? (dist[v] as number) : 0;
    for (;;) {
      // The call's time limit and signal, once per path.
      checkTime();
      dist.fill(INF);
      mark.fill(0);
      dist[s] = 0;
      let size = 0;
      siftUp(heap, pos, dist, size++, s);
      while (size > 0) {
        const u = popHeap(heap, pos, dist, size--);
        mark[u] = 1;
        if (u === t) break;
        const du = (dist[u] as number) + (pot[u] as number);
        for (let a = head[u] as number; a >= 0; a = next[a] as number) {
          const v = to[a] as number;
          if ((cap[a] as number) <= 0 || mark[v] === 1) continue;
          const d = Math.max(dist[u] as number, du + (cost[a] as number) - (pot[v] as number));
          if (d < (dist[v] as number)) {
            const fresh = dist[v] === INF;
            dist[v] = d;
            prev[v] = a;
            siftUp(heap, pos, dist, fresh ? size++ : (pos[v] as number), v);
          }
        }
      }
      const reach = dist[t] as number;
      if (reach === INF) return;
      for (let v = 0; v < n; v++) pot[v] = (pot[v] as number) + Math.min(dist[v] as number, reach);
      if (!partial && (pot[t] as number) - (pot[s] as number) >= -eps) return;
      let push = INF;
      for (let v = t; v !== s; v = to[(prev[v] as number) ^ 1] as number)
        push = Math.min(push, cap[prev[v] as number] as number);
      for (let v = t; v !== s; v = to[(prev[v] as number) ^ 1] as number) {
        const a = prev[v] as number;
        cap[a] = (cap[a] as number) - push;
        cap[a ^ 1] = (cap[a ^ 1] as number) + push;
      }
    }
  }
}
