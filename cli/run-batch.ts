import { setImmediate as nextTurn } from 'node:timers/promises';
import type { BatchLine, BatchTask } from './batch-task';
import { runInWorkers } from './worker-pool';

export interface BatchOptions {
  /** Worker threads; 1 analyses in the main thread. */
  jobs: number;
  /** The instant every report says the page was read at; by default, when each page is analysed. */
  retrievedAt?: string | undefined;
}

export interface BatchSummary {
  pages: number;
  failed: number;
}

/**
 * Analyses a batch of pages (a folder or a manifest) and writes one JSON line per
 * page, in input order, as soon as it and every page before it are done. A bad
 * page gets an `error` line and the run goes on; `progress` hears of every line.
 */
export async function runBatch(
  tasks: AsyncIterable<BatchTask>,
  options: BatchOptions,
  write: (line: string) => void,
  progress: (done: number, failed: number) => void,
): Promise<BatchSummary> {
  let pages = 0;
  let failed = 0;
  const emit = ({ line, failed: pageFailed }: BatchLine): void => {
    pages += 1;
    if (pageFailed) failed += 1;
    write(line);
    progress(pages, failed);
  };
  if (options.jobs > 1) {
    await runInWorkers(tasks, options.jobs, options.retrievedAt, emit);
    return { pages, failed };
  }
  // Loaded here only: with worker threads, the main thread never runs the pipeline and stays small.
  const { runBatchTask } = await import('./batch-task');
  for await (const task of tasks) {
    emit(await runBatchTask(task, options.retrievedAt));
    // Lets timers and GC run between pages, so a long batch does not hold every DOM.
    await nextTurn();
  }
  return { pages, failed };
}
