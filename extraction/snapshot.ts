/**
 * The snapshot contract now lives in `snapshot/article-snapshot.ts`, a pure layer both
 * extraction and the rules import. This re-export keeps the files other branches are
 * rewriting (rules/sourcing, rules/provenance, extraction/metadata, bench) compiling
 * until they import the contract directly; delete it then.
 */
export * from '../snapshot/article-snapshot';
