/**
 * Runs `steps` to the end, ignoring what it yields: the phases and check points of a call run
 * under the clock already set (a call within a call), or a programme's parse run without one.
 * Internal (not exported by any entry), so no runnable example: the TSDoc examples run against the
 * package's entries.
 */
export function drain<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}
