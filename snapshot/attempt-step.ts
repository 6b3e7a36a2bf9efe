/**
 * Runs one step of the pipeline; when it throws, records the step's name in `failed`
 * and returns `fallback`. A page that breaks one reader (Readability on a tree it does
 * not expect, one collector on odd markup) keeps everything the other steps found.
 */
export function attemptStep<T>(step: string, failed: string[], fallback: T, run: () => T): T {
  try {
    return run();
  } catch {
    failed.push(step);
    return fallback;
  }
}
