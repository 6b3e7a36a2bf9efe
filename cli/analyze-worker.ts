import { parentPort } from 'node:worker_threads';
import { runBatchTask, type BatchTask } from './batch-task';

/** What the main thread sends a worker: one page, numbered, to analyse as of `retrievedAt`. */
export interface WorkerRequest {
  seq: number;
  task: BatchTask;
  retrievedAt: string | undefined;
}

/** What a worker sends back: the page's output line, under the same number. */
export interface WorkerReply {
  seq: number;
  line: string;
  failed: boolean;
}

// The entry of each `--jobs` worker thread (cli/worker-pool.ts starts it). Pages are
// analysed one after another, so a worker holds at most one page's DOM at a time.
const port = parentPort;
if (port !== null) {
  let queue = Promise.resolve();
  port.on('message', ({ seq, task, retrievedAt }: WorkerRequest) => {
    queue = queue.then(async () => {
      const { line, failed } = await runBatchTask(task, retrievedAt);
      const reply: WorkerReply = { seq, line, failed };
      port.postMessage(reply);
    });
  });
}
