/** Moved to `snapshot/attempt-step.ts` (the rules use it too); kept for files other branches are rewriting, delete once they import it from there. */
export * from '../snapshot/attempt-step';
