import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { CliError } from './cli-error';
import type { BatchTask } from './batch-task';

/** Files the folder mode reads: saved HTML pages, plain or gzipped. */
const PAGE_FILE = /\.(?:html?|xhtml)(?:\.gz)?$/i;

/**
 * The pages of a folder and its subfolders, one task per HTML file, in the order
 * of their paths (code-unit order, so every machine and every run agrees). Each
 * file's id is its path relative to the folder, with `/` separators.
 */
export async function* folderTasks(folder: string): AsyncGenerator<BatchTask> {
  let entries;
  try {
    entries = await readdir(folder, { recursive: true, withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `${folder}: no such folder` : `${folder}: cannot read (${code ?? 'unknown error'})`);
  }
  const paths = entries
    .filter((entry) => !entry.isDirectory() && PAGE_FILE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (paths.length === 0) throw new CliError(`${folder}: no HTML file in it or its subfolders (.html, .htm, .xhtml, plain or .gz)`);
  for (const path of paths) yield { id: relative(folder, path).split(sep).join('/'), path, url: undefined };
}
