/**
 * A general min-cost flow network, built arc by arc and solved one arc at a time (costs may be
 * negative; the network must start without a negative cycle, which an acyclic one never has): the
 * late arcs (a source's arcs to the rows) come in one by one, each followed by the cheapest cycle
 * through it when that cycle costs < 0, as the Hungarian method adds rows. The flow stays optimal
 * after every step: the cheapest flow of any value, or with `partial` the cheapest of the largest
 * flows. Each search starts at one new arc and stops when no better cycle is left, so it explores the
 * part of the network near that arc, not all of it. For the networks of quotas (requests, mentor and
 * value nodes); the assignment kernels elsewhere in `flow/` are the fast path without quotas.
 */

import { checkTime, SLICE, type Steps, sliceDue } from '../clock.js';
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
   * Sends flow from `s` to `t` at the least cost: the cheapest flow of any value, or when `partial`
   * the cheapest of the largest flows. The arcs of `late` (capacity 1 each) are put in one at a
   * time, on a network whose flow without them is 0 and optimal (no negative cycle: an acyclic one
   * never has); each is followed by the best cycle through it, if one costs < 0, in a network that
   * also holds an arc `t → s` (cost 0, or when `partial` less than minus any other cycle's cost, so
   * that more flow comes first). After each step the flow is optimal (a flow better on the larger
   * network differs by cycles, of which one only can use the new arc), so the last is. Each cycle
   * is Dijkstra's search from the arc's head to its tail, on reduced costs (the potentials of one
   * Bellman–Ford search, then kept by each search: the nodes left get the tail's distance, or the
   * distance past which no cycle gains, where the search stops). Costs within a relative 1e-12 of the
   * largest count as equal (no loop on rounding). In steps: it yields when an async caller's time
   * slice is over (a synchronous caller drains it).
   */
  *solveSteps(s: number, t: number, partial: boolean, late: readonly number[]): Steps<void> {
    checkTime();
    const { head, next, to, cap, cost } = this;
    let scale = 1;
    for (const c of cost) scale = Math.max(scale, Math.abs(c));
    const eps = 1e-12 * scale;
    // A bound on any simple cycle's cost: each node's costliest arc, summed.
    let bound = 1;
    for (let v = 0; v < this.nodes; v++) {
      let most = 0;
      for (let a = head[v] as number; a >= 0; a = next[a] as number) most = Math.max(most, Math.abs(cost[a] as number));
      bound += most;
    }
    const back = this.arc(t, s, Number.POSITIVE_INFINITY, partial ? -2 * bound : 0);
    const n = this.nodes;
    // The arcs laid out by tail, in the order of the lists (`at`: the arc at each place, `rev`:
    // its reverse's place), so that a node's arcs sit side by side.
    const m = to.length;
    const first = new Int32Array(n + 1);
    const at = new Int32Array(m);
    const place = new Int32Array(m);
    for (let v = 0, k = 0; v < n; v++) {
      first[v] = k;
      for (let a = head[v] as number; a >= 0; a = next[a] as number) {
        at[k] = a;
        place[a] = k++;
      }
      first[v + 1] = k;
    }
    const head2 = new Int32Array(m);
    const rev = new Int32Array(m);
    const res = new Float64Array(m);
    const price = new Float64Array(m);
    for (let k = 0; k < m; k++) {
      const a = at[k] as number;
      head2[k] = to[a] as number;
      rev[k] = place[a ^ 1] as number;
      res[k] = cap[a] as number;
      price[k] = cost[a] as number;
    }
    for (const a of late) res[place[a] as number] = 0;
    const INF = Number.POSITIVE_INFINITY;
    const dist = new Float64Array(n);
    const pot = new Float64Array(n);
    const prev = new Int32Array(n);
    const mark = new Uint8Array(n);
    const heap = new Int32Array(Math.max(n, 1));
    const pos = new Int32Array(n);
    const seen = new Int32Array(n);
    // Bellman–Ford (a queue), backwards: minus each node's cheapest path to any node (≤ 0), potentials
    // that make every residual cost ≥ 0 and the cheapest way on from each node cost 0.
    let front = 0;
    let last = 0;
    let queued = n;
    for (let v = 0; v < n; v++) {
      heap[v] = v;
      mark[v] = 1;
    }
    while (queued > 0) {
      const u = heap[front] as number;
      front = front === n - 1 ? 0 : front + 1;
      queued--;
      mark[u] = 0;
      for (let k = first[u] as number, end = first[u + 1] as number; k < end; k++) {
        const v = head2[k] as number;
        const d = (pot[u] as number) + (price[k] as number);
        if ((res[rev[k] as number] as number) > 0 && d > (pot[v] as number) + eps) {
          pot[v] = d;
          if (mark[v] === 0) {
            mark[v] = 1;
            heap[last] = v;
            last = last === n - 1 ? 0 : last + 1;
            queued++;
          }
        }
      }
    }
    dist.fill(INF);
    mark.fill(0);
    for (const arcIn of late) {
      // The call's time limit and signal, once per arc; an async caller's turn when its slice is over.
      checkTime();
      if (sliceDue()) yield SLICE;
      const kIn = place[arcIn] as number;
      const start = head2[kIn] as number;
      const goal = head2[rev[kIn] as number] as number;
      let touched = 0;
      dist[start] = 0;
      seen[touched++] = start;
      let size = 0;
      siftUp(heap, pos, dist, size++, start);
      let reach = INF;
      // The search stops at the distance past which no cycle costs < 0: then `level` is that bound.
      const worth = (pot[start] as number) - (pot[goal] as number) - (price[kIn] as number);
      let level = worth;
      while (size > 0) {
        const top = dist[heap[0] as number] as number;
        if (top >= worth - eps) {
          level = Math.min(worth, top);
          break;
        }
        const u = popHeap(heap, pos, dist, size--);
        mark[u] = 1;
        const far = dist[u] as number;
        if (u === goal) {
          reach = level = far;
          break;
        }
        const du = far + (pot[u] as number);
        for (let k = first[u] as number, end = first[u + 1] as number; k < end; k++) {
          const v = head2[k] as number;
          if ((res[k] as number) <= 0 || mark[v] === 1) continue;
          const d = Math.max(far, du + (price[k] as number) - (pot[v] as number));
          // Equal paths: the arc of the highest index (into the source: the latest row given up).
          if (d < (dist[v] as number) || (d === dist[v] && (at[k] as number) > (at[prev[v] as number] as number))) {
            const fresh = dist[v] === INF;
            if (fresh) seen[touched++] = v;
            dist[v] = d;
            prev[v] = k;
            siftUp(heap, pos, dist, fresh ? size++ : (pos[v] as number), v);
          }
        }
      }
      // Potentials change by their distance less `level`, so the nodes left, all but those searched,
      // keep theirs (and every reduced cost stays ≥ 0, the new arc's too).
      for (let k = 0; k < touched; k++) {
        const v = seen[k] as number;
        pot[v] = (pot[v] as number) + Math.min(dist[v] as number, level) - level;
        dist[v] = INF;
        mark[v] = 0;
      }
      if (reach < INF) {
        for (let v = goal; v !== start; ) {
          const k = prev[v] as number;
          const r = rev[k] as number;
          res[k] = (res[k] as number) - 1;
          res[r] = (res[r] as number) + 1;
          v = head2[r] as number;
        }
        res[rev[kIn] as number] = 1;
      } else res[kIn] = 1;
    }
    for (let k = 0; k < m; k++) cap[at[k] as number] = res[k] as number;
    // The arc t → s goes: the flow is on the others.
    this.cap[back] = 0;
    this.cap[back ^ 1] = 0;
  }

  /**
   * Sends the most flow from `s` to `t`, costs ignored (Dinic's algorithm: the residual network in
   * breadth-first levels, then a blocking flow by depth-first search, iterative), on a network
   * without flow. The arcs out of `s` in `first` are filled first, the others held at 0 meanwhile;
   * flow out of `s` never falls back after (an augmenting path leaves `s` once), so the flow ends
   * the largest of all and, through `first`, the largest any flow carries there. Returns its value.
   * In steps: it yields when an async caller's time slice is over.
   */
  *maxFlowSteps(s: number, t: number, first: readonly number[]): Steps<number> {
    const { head, next, to, cap } = this;
    const n = this.nodes;
    const level = new Int32Array(n);
    const queue = new Int32Array(n);
    const arcAt = new Int32Array(n);
    const path = new Int32Array(n);
    // The arcs out of s but `first`, held at 0 for the first phase.
    const held: number[] = [];
    const chosen = new Set(first);
    for (let a = head[s] as number; a >= 0; a = next[a] as number) {
      if ((a & 1) === 1 || chosen.has(a)) continue;
      held.push(a, cap[a] as number);
      cap[a] = 0;
    }
    let total = 0;
    for (let phase = 0; phase < 2; phase++) {
      if (phase === 1) for (let k = 0; k < held.length; k += 2) cap[held[k] as number] = held[k + 1] as number;
      for (;;) {
        checkTime();
        if (sliceDue()) yield SLICE;
        // Levels by breadth-first search from s.
        level.fill(-1);
        level[s] = 0;
        let qh = 0;
        let qt = 0;
        queue[qt++] = s;
        while (qh < qt) {
          const u = queue[qh++] as number;
          for (let a = head[u] as number; a >= 0; a = next[a] as number) {
            const v = to[a] as number;
            if ((cap[a] as number) > 0 && level[v] === -1) {
              level[v] = (level[u] as number) + 1;
              queue[qt++] = v;
            }
          }
        }
        if (level[t] === -1) break;
        for (let v = 0; v < n; v++) arcAt[v] = head[v] as number;
        // Blocking flow: advance along arcs one level up, retreat from dead ends.
        let depth = 0;
        let u = s;
        for (;;) {
          if (u === t) {
            let f = Number.POSITIVE_INFINITY;
            for (let d = 0; d < depth; d++) f = Math.min(f, cap[path[d] as number] as number);
            for (let d = 0; d < depth; d++) {
              const a = path[d] as number;
              cap[a] = (cap[a] as number) - f;
              cap[a ^ 1] = (cap[a ^ 1] as number) + f;
            }
            total += f;
            depth = 0;
            u = s;
            continue;
          }
          let a = arcAt[u] as number;
          while (a >= 0 && ((cap[a] as number) <= 0 || level[to[a] as number] !== (level[u] as number) + 1))
            a = next[a] as number;
          arcAt[u] = a;
          if (a >= 0) {
            path[depth++] = a;
            u = to[a] as number;
            continue;
          }
          // A dead end: no way on from u in this phase.
          level[u] = -1;
          if (depth === 0) break;
          const back = path[--depth] as number;
          u = to[back ^ 1] as number;
          arcAt[u] = next[arcAt[u] as number] as number;
        }
      }
    }
    return total;
  }
}
