import { spawn } from 'node:child_process';
import { availableParallelism, constants } from 'node:os';

/**
 * V8 runs each isolate's garbage collector and optimising compiler partly on helper
 * threads. When the batch's workers already keep every core busy, those threads only
 * take turns with them: on the corpus (379 pages), `--jobs 2` on two cores took
 * 16.4–16.8 s with V8 single-threaded against 22.0–31.5 s without (29 s of CPU against
 * 39–56 s), and over 2,000 pages 26.1–27.9 pages/s against 20.4–22.8; `--jobs 1` was
 * 11 % faster with the helpers, which then have a core of their own.
 * V8 reads the flag once, as the process starts (set later, it aborts the process),
 * so a batch that fills the cores runs again in a child process started with it.
 */
const FLAG = '--single-threaded';
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Whether this process should hand the batch to a single-threaded V8: it runs worker
 * threads (one job runs in this thread), they fill every core, and it is not one already.
 */
export function wantsSingleThreadedV8(jobs: number, execArgv: readonly string[] = process.execArgv, cores = availableParallelism()): boolean {
  return jobs > 1 && jobs >= cores && !execArgv.includes(FLAG);
}

/**
 * Runs this same command again, V8 single-threaded, its standard streams this
 * process's own, and resolves with its exit status. A signal meant to stop this
 * process is passed to it, and this one waits for it to end.
 */
export function rerunSingleThreaded(): Promise<number> {
  const child = spawn(process.execPath, [FLAG, ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
  const forward = (signal: NodeJS.Signals): void => {
    child.kill(signal);
  };
  for (const signal of FORWARDED) process.on(signal, forward);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      for (const name of FORWARDED) process.off(name, forward);
      // A child killed by a signal reports none; 128 + its number is what a shell would say.
      resolve(code ?? 128 + (signal === null ? 0 : constants.signals[signal]));
    });
  });
}
