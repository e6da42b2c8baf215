/**
 * A general min-cost flow network, built arc by arc and solved by successive shortest paths with
 * a queue-based Bellman–Ford search (costs may be negative; the network must start without a
 * negative cycle, which an acyclic one never has). Each augmentation follows a cheapest path, so the
 * flow after every step is the cheapest of its value: stopping at the first path that costs ≥ 0
 * gives the cheapest flow of any value, and going on while a path exists (`partial`) the cheapest
 * of the largest flows. Small and plain, for the networks of quotas (requests, mentor and value
 * nodes); the assignment kernels elsewhere in `flow/` are the fast path without quotas.
 */

import { checkTime } from '../clock.js';

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
   * `partial`. Costs within a relative 1e-12 of the largest count as equal (no loop on rounding).
   */
  solve(s: number, t: number, partial: boolean): void {
    const n = this.nodes;
    const { head, next, to, cap, cost } = this;
    let scale = 1;
    for (const c of cost) scale = Math.max(scale, Math.abs(c));
    const eps = 1e-12 * scale;
    const dist = new Float64Array(n);
    const prev = new Int32Array(n);
    const queued = new Uint8Array(n);
    const queue = new Int32Array(n + 1);
    for (;;) {
      // The call's time limit and signal, once per path (each a search of the whole network).
      checkTime();
      dist.fill(Number.POSITIVE_INFINITY);
      dist[s] = 0;
      let first = 0;
      let last = 0;
      queue[last++] = s;
      queued[s] = 1;
      while (first !== last) {
        const u = queue[first] as number;
        first = first === n ? 0 : first + 1;
        queued[u] = 0;
        const du = dist[u] as number;
        for (let a = head[u] as number; a >= 0; a = next[a] as number) {
          if ((cap[a] as number) <= 0) continue;
          const v = to[a] as number;
          const d = du + (cost[a] as number);
          if (d < (dist[v] as number) - eps) {
            dist[v] = d;
            prev[v] = a;
            if (queued[v] === 0) {
              queued[v] = 1;
              queue[last] = v;
              last = last === n ? 0 : last + 1;
            }
          }
        }
      }
      const d = dist[t] as number;
      if (d === Number.POSITIVE_INFINITY || (!partial && d >= -eps)) return;
      let push = Number.POSITIVE_INFINITY;
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
