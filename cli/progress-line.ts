import { performance } from 'node:perf_hooks';

/** Redraws at most this often: a fast batch writes hundreds of lines a second. */
const REDRAW_MS = 100;

/** The progress of a batch in one line: pages done, pages per second, failures. */
export function progressText(done: number, failed: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done / elapsedMs) * 1000 : 0;
  return `analysed ${done} page${done === 1 ? '' : 's'}, ${rate.toFixed(1)} pages/s, ${failed} failed`;
}

export interface ProgressLine {
  update(done: number, failed: number): void;
  /** Draws the final figures and ends the line. */
  end(done: number, failed: number): void;
}

/** A progress line redrawn in place on a terminal (`\r`, cleared to the end of the line). */
export function terminalProgress(write: (text: string) => void, now: () => number = () => performance.now()): ProgressLine {
  const start = now();
  let drawnAt = Number.NEGATIVE_INFINITY;
  const draw = (done: number, failed: number, at: number): void => {
    drawnAt = at;
    write(`\r${progressText(done, failed, at - start)}\u001b[K`);
  };
  return {
    update(done, failed) {
      const at = now();
      if (at - drawnAt >= REDRAW_MS) draw(done, failed, at);
    },
    end(done, failed) {
      draw(done, failed, now());
      write('\n');
    },
  };
}
