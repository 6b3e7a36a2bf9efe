/**
 * An expected failure the CLI reports in one line (missing file, not HTML,
 * unreachable URL…), as opposed to a bug, which keeps its stack trace.
 */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** The one-line text of any error, for places that must go on (manifest mode). */
export function errorLine(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error);
}
