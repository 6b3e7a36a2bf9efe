/**
 * `fn(arg)` as source text for a page to evaluate. Both automation libraries send
 * functions as text anyway; doing it here keeps one typed signature for both, and
 * makes the rule explicit: `fn` must be self-contained and `arg` plain JSON data.
 */
export function callExpression<A>(fn: (arg: A) => unknown, arg: A): string {
  return `(${fn.toString()})(${JSON.stringify(arg)})`;
}
