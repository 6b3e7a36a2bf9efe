import { Worker } from 'node:worker_threads';
import type { BatchLine, BatchTask } from './batch-task';
import type { WorkerReply, WorkerRequest } from './analyze-worker';
import type * as BuildBundle from './build-bundle';

/** Pages handed to one worker ahead of time, so it never waits for the next one. */
const QUEUED_PER_WORKER = 2;
/**
 * Pages out at once per worker, written or not: a slow page holds back the lines
 * after it (they are written in input order), and this bounds what waits behind it.
 */
const WINDOW_PER_WORKER = 8;

/**
 * The script of the analysis workers. From the bundle (`dist/sourcelight.mjs`) it is
 * `dist/analyze-worker.mjs` beside it; from source it is `analyze-worker.ts` compiled
 * once here for all of them (see workerSourceBundle for why not tsx in each worker).
 */
function workerScript(): Promise<URL> {
  if (!import.meta.url.endsWith('.ts')) return Promise.resolve(new URL('./analyze-worker.mjs', import.meta.url));
  sourceWorkerScript ??= compileSourceWorker();
  return sourceWorkerScript;
}

/** Compiled once a process: a second batch in the same process (the tests) reuses it. */
let sourceWorkerScript: Promise<URL> | undefined;

async function compileSourceWorker(): Promise<URL> {
  // A computed specifier, so the bundle does not take in esbuild, which the installed command lacks.
  const builder = new URL('./build-bundle.ts', import.meta.url).href;
  const { workerSourceBundle } = (await import(builder)) as typeof BuildBundle;
  return new URL(`data:text/javascript;base64,${Buffer.from(await workerSourceBundle()).toString('base64')}`);
}

/**
 * Each worker's heap, in MB. V8 otherwise lets an idle-looking heap grow towards
 * gigabytes before it collects, and the process's memory climbed with the number of
 * pages (770 MB over 2,000 pages with two workers, measured) while the live heap
 * between pages stayed about 50 MB (measured over 800 pages). Capped, each worker
 * collects sooner, for no more time in GC (measured: 7.6 s against 9.6 s over the
 * corpus in one thread).
 */
export const WORKER_HEAP_MB = 128;

/**
 * Each worker's young generation, in MB: below V8's default, because a batch that
 * fills the cores runs in a second process (cli/single-threaded-v8.ts), whose memory
 * the first one's adds to. Over 2,000 pages with two workers (peak RSS of the two
 * processes; pages per second): V8's default 499–520 MB, 26.1–27.9; 16 MB 454–473 MB,
 * 20.9–25.9; 12 MB 441 MB, 30.8; 8 MB 441–442 MB, 24.7–24.8; 4 MB 426 MB, 23.0. Over
 * 10,000 pages, 12 MB measured 462 MB and 31.8 pages/s against 519 MB and 29.0.
 */
const WORKER_YOUNG_MB = 12;

/** The line of a page whose analysis took more memory than a worker has: its worker died of it. */
function outOfMemoryLine(task: BatchTask, heapMb: number): BatchLine {
  const what = 'path' in task ? task.path : String(task.id);
  return { line: JSON.stringify({ id: task.id, error: `${what}: needs more than the ${heapMb} MB a page may use` }), failed: true };
}

/**
 * Analyses the tasks on `jobs` worker threads and hands each finished line to
 * `emit` in input order, as soon as every line before it is done. Memory stays
 * bounded whatever the number of pages: tasks are pulled from the iterator only
 * when there is room, and each worker's heap is capped. A page that exhausts its
 * worker's heap gets an error line and a fresh worker takes the pages queued behind
 * it. If the iterator throws (a manifest that cannot be read on), the pages already
 * handed out are finished and emitted first.
 */
export async function runInWorkers(
  tasks: AsyncIterable<BatchTask>,
  jobs: number,
  retrievedAt: string | undefined,
  emit: (result: BatchLine) => void,
  heapMb = WORKER_HEAP_MB,
): Promise<void> {
  const workers: Worker[] = [];
  /** Requests sent to each worker and not answered yet, in the order it handles them. */
  const pending: WorkerRequest[][] = [];
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
  const finish = (seq: number, result: BatchLine): void => {
    finished.set(seq, result);
    for (let next = finished.get(written); next !== undefined; next = finished.get(written)) {
      finished.delete(written);
      written += 1;
      emit(next);
    }
  };

  /** Starts the worker of slot `index`: a new one, or one replacing a worker that ran out of memory. */
  const startWorker = (index: number, script: URL): void => {
    const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    workers[index] = worker;
    pending[index] ??= [];
    let replaced = false;
    worker.on('message', ({ seq, line, failed }: WorkerReply) => {
      pending[index] = (pending[index] ?? []).filter((request) => request.seq !== seq);
      finish(seq, { line, failed });
      notify();
    });
    worker.on('error', (error) => {
      const [culprit, ...queued] = pending[index] ?? [];
      if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' && culprit !== undefined && !closing) {
        replaced = true;
        finish(culprit.seq, outOfMemoryLine(culprit.task, heapMb));
        pending[index] = [];
        startWorker(index, script);
        for (const request of queued) send(index, request);
      } else {
        failure ??= error;
      }
      notify();
    });
    worker.on('exit', (code) => {
      if (!closing && !replaced) failure ??= new Error(`an analysis worker stopped (exit code ${code})`);
      notify();
    });
  };
  const send = (index: number, request: WorkerRequest): void => {
    pending[index]?.push(request);
    workers[index]?.postMessage(request);
  };

  const load = (index: number): number => pending[index]?.length ?? 0;
  const idlest = (): number => {
    let best = 0;
    for (let index = 1; index < workers.length; index += 1) if (load(index) < load(best)) best = index;
    return best;
  };
  const allBusy = (): boolean => workers.every((_, index) => load(index) > 0);
  const hasRoom = (): boolean => sent - written < jobs * WINDOW_PER_WORKER && (workers.length < jobs || load(idlest()) < QUEUED_PER_WORKER);
  let script: URL | null = null;
  let readError: unknown = null;
  try {
    try {
      for await (const task of tasks) {
        while (failure === null && !hasRoom()) await nextEvent();
        if (failure !== null) break;
        // Workers start as pages come, so a batch of two pages starts two threads, not one per core.
        if (workers.length < jobs && allBusy()) {
          script ??= await workerScript();
          startWorker(workers.length, script);
        }
        send(idlest(), { seq: sent, task, retrievedAt });
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
