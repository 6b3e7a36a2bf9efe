import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { CliError, errorLine } from './cli-error';
import { isHttpUrl } from './http-url';
import type { BatchTask } from './batch-task';

/**
 * The pages a manifest lists, one task per non-blank line, read as a stream so a
 * manifest of any length costs one line of memory. A bad line becomes a task that
 * is already an error, and the run goes on. Page paths are relative to the
 * manifest's folder.
 */
export async function* manifestTasks(manifestPath: string): AsyncGenerator<BatchTask> {
  try {
    await access(manifestPath);
  } catch {
    throw new CliError(`${manifestPath}: no such manifest`);
  }
  const baseDir = dirname(resolve(manifestPath));
  const lines = createInterface({ input: createReadStream(manifestPath, 'utf8'), crlfDelay: Infinity });
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber += 1;
      if (line.trim() !== '') yield manifestTask(line, lineNumber, baseDir);
    }
  } catch (error) {
    // The manifest itself could not be read on (a folder, a file gone): the lines written so far stand, each whole.
    throw new CliError(`${manifestPath}: cannot read past line ${lineNumber} (${(error as NodeJS.ErrnoException).code ?? errorLine(error)})`);
  }
}

function manifestTask(line: string, lineNumber: number, baseDir: string): BatchTask {
  let entry: unknown;
  try {
    entry = JSON.parse(line);
  } catch {
    return { id: null, error: `line ${lineNumber}: not JSON` };
  }
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    return { id: null, error: `line ${lineNumber}: expected an object {"id","path","url"}` };
  }
  const { id = null, path, url } = entry as Record<string, unknown>;
  if (typeof path !== 'string' || path === '') return { id, error: `line ${lineNumber}: "path" is missing` };
  if (url !== undefined && url !== null && typeof url !== 'string') return { id, error: `line ${lineNumber}: "url" must be a string` };
  // The same check as --url: a page is analysed as a web address or as its own file.
  if (typeof url === 'string' && !isHttpUrl(url)) return { id, error: `line ${lineNumber}: "url" ${JSON.stringify(url.slice(0, 100))} is not an http(s) URL` };
  return { id, path: resolve(baseDir, path), url: url ?? undefined };
}
