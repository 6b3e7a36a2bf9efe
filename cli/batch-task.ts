import { analyzeHtml } from './analyze-html';
import { errorLine } from './cli-error';
import { loadPage } from './load-page';

/**
 * One page of a batch (a folder or a manifest), as the main thread hands it to
 * whoever analyses it: a file to read, or a line already refused (bad JSON, bad URL).
 */
export type BatchTask =
  | { id: unknown; path: string; url: string | undefined }
  | { id: unknown; error: string };

/** One output line of a batch, serialised, and whether it reports a failure. */
export interface BatchLine {
  line: string;
  failed: boolean;
}

/**
 * Reads and analyses one page into its output line: `{"id","report"}` or
 * `{"id","error"}`. Never throws for a bad page; the line is made whole here, so
 * a worker sends back one string and the main thread only writes it.
 */
export async function runBatchTask(task: BatchTask, retrievedAt: string | undefined): Promise<BatchLine> {
  if ('error' in task) return { line: JSON.stringify({ id: task.id, error: task.error }), failed: true };
  try {
    const page = await loadPage(task.path, task.url);
    return { line: JSON.stringify({ id: task.id, report: analyzeHtml(page.html, page.url, retrievedAt) }), failed: false };
  } catch (error) {
    return { line: JSON.stringify({ id: task.id, error: errorLine(error) }), failed: true };
  }
}
