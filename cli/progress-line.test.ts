import { describe, expect, test } from 'vitest';
import { progressText, terminalProgress } from './progress-line';

describe('the progress line', () => {
  test.each([
    [1, 0, 500, 'analysed 1 page, 2.0 pages/s, 0 failed'],
    [120, 3, 4000, 'analysed 120 pages, 30.0 pages/s, 3 failed'],
    [0, 0, 0, 'analysed 0 pages, 0.0 pages/s, 0 failed'],
  ])('%i done, %i failed after %i ms reads %j', (done, failed, elapsedMs, text) => {
    expect(progressText(done, failed, elapsedMs)).toBe(text);
  });

  test('is redrawn in place at most every 100 ms, and ends with the final figures and a newline', () => {
    const written: string[] = [];
    const times = [0, 10, 50, 150, 160, 400];
    const line = terminalProgress((text) => written.push(text), () => times.shift() ?? 400);
    line.update(1, 0);
    line.update(2, 0);
    line.update(3, 1);
    line.update(4, 1);
    line.end(5, 1);
    expect(written).toEqual([
      '\ranalysed 1 page, 100.0 pages/s, 0 failed\u001b[K',
      '\ranalysed 3 pages, 20.0 pages/s, 1 failed\u001b[K',
      '\ranalysed 5 pages, 12.5 pages/s, 1 failed\u001b[K',
      '\n',
    ]);
  });
});
