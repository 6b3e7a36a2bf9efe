import { Worker } from 'node:worker_threads';
import type { BatchLine, BatchTask } from './batch-task';
import type { WorkerReply, WorkerRequest } from './analyze-worker';

/** Pages handed to one worker ahead of time, so it never waits for the next one. */
const QUEUED_PER_WORKER = 2;
/**
 * Pages out at once per worker, written or not: a slow page holds back the lines
 * after it (they are written in input order), and this bounds what waits behind it.
 */
const WINDOW_PER_WORKER = 8;

/**
 * Starts one analysis worker. From the bundle (`dist/sourcelight.mjs`) the worker is
 * `dist/analyze-worker.mjs` beside it; from source it is `analyze-worker.ts`, which a
 * worker thread cannot load on its own (tsx's loader does not reach workers), so it
 * registers tsx first.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./analyze-worker.mjs', import.meta.url));
  const entry = new URL('./analyze-worker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
}

/**
 * Analyses the tasks on `jobs` worker threads and hands each finished line to
 * `emit` in input order, as soon as every line before it is done. Memory stays
 * bounded whatever the number of pages: tasks are pulled from the iterator only
 * when there is room. If the iterator throws (a manifest that cannot be read on),
 * the pages already handed out are finished and emitted first.
 */
export async function runInWorkers(tasks: AsyncIterable<BatchTask>, jobs: number, retrievedAt: string | undefined, emit: (result: BatchLine) => void): Promise<void> {
  const workers: Worker[] = [];
  const queued: number[] = [];
  const finished = new Map<number, BatchLine>();
  let sent = 0;
  let written = 0;
  let closing = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const nextEvent = (): Promise<void> =>
    new Promise((resolve) => {
      wake = resolve;
    });
  const notify = (): void => {
    wake?.();
    wake = null;
  };

  // Workers start as pages come, so a batch of two pages starts two threads, not one per core.
  const addWorker = (): void => {
    const index = workers.length;
    const worker = startWorker();
    workers.push(worker);
    queued.push(0);
    worker.on('message', ({ seq, line, failed }: WorkerReply) => {
      queued[index] = (queued[index] ?? 1) - 1;
      finished.set(seq, { line, failed });
      for (let next = finished.get(written); next !== undefined; next = finished.get(written)) {
        finished.delete(written);
        written += 1;
        emit(next);
      }
      notify();
    });
    worker.on('error', (error) => {
      failure ??= error;
      notify();
    });
    worker.on('exit', (code) => {
      if (!closing) failure ??= new Error(`an analysis worker stopped (exit code ${code})`);
      notify();
    });
  };

  const idlest = (): number => queued.indexOf(Math.min(...queued));
  const allBusy = (): boolean => queued.every((count) => count > 0);
  const hasRoom = (): boolean => sent - written < jobs * WINDOW_PER_WORKER && (workers.length < jobs || (queued[idlest()] ?? 0) < QUEUED_PER_WORKER);
  let readError: unknown = null;
  try {
    try {
      for await (const task of tasks) {
        while (failure === null && !hasRoom()) await nextEvent();
        if (failure !== null) break;
        if (workers.length < jobs && allBusy()) addWorker();
        const target = idlest();
        queued[target] = (queued[target] ?? 0) + 1;
        const request: WorkerRequest = { seq: sent, task, retrievedAt };
        workers[target]?.postMessage(request);
        sent += 1;
      }
    } catch (error) {
      readError = error;
    }
    while (failure === null && written < sent) await nextEvent();
  } finally {
    closing = true;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  if (failure !== null) throw failure;
  if (readError !== null) throw readError;
}
