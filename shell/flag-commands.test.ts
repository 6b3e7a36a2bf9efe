import { beforeEach, describe, expect, test } from 'vitest';
import { flagOf } from '../report/dismissals';
import { fakeBrowser, type FakeBrowser } from '../tests/helpers/fake-browser';
import { sampleReport } from '../tests/helpers/sample-report';
import { setDismissed } from './dismissed-flags';
import { NEXT_FLAG_COMMAND, PREVIOUS_FLAG_COMMAND, registerFlagCommands } from './flag-commands';
import { saveOutcome } from './outcome-store';

const report = sampleReport();
const settled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
let browser: FakeBrowser;

beforeEach(async () => {
  browser = fakeBrowser();
  browser.answerContent = () => ({ ok: true });
  await saveOutcome(browser, 5, { status: 'ok', report, marks: { anchored: [0, 1], unanchored: [] } });
  registerFlagCommands(browser);
});

async function press(...commands: string[]): Promise<number[]> {
  for (const command of commands) {
    browser.commands.onCommand.fire(command, { id: 5 });
    await settled();
  }
  return browser.contentRequests.map(({ tabId, message }) => {
    expect(tabId).toBe(5);
    return (message as { type: 'reveal-mark'; warningIndex: number }).warningIndex;
  });
}

describe('flag shortcuts', () => {
  test.each([
    ['next, next, next wraps round', [NEXT_FLAG_COMMAND, NEXT_FLAG_COMMAND, NEXT_FLAG_COMMAND], [0, 1, 0]],
    ['previous starts from the last', [PREVIOUS_FLAG_COMMAND, PREVIOUS_FLAG_COMMAND], [1, 0]],
    ['another command does nothing', ['analyze-page'], []],
  ])('%s', async (_case, commands, revealed) => {
    expect(await press(...commands)).toEqual(revealed);
  });

  test('a dismissed flag is skipped', async () => {
    await setDismissed(browser, report.url, flagOf(report.warnings[0]!)!, true);
    expect(await press(NEXT_FLAG_COMMAND, NEXT_FLAG_COMMAND)).toEqual([1, 1]);
  });

  test('nothing happens on a page that was not analysed as an article', async () => {
    await saveOutcome(browser, 5, { status: 'not-article', report });
    expect(await press(NEXT_FLAG_COMMAND)).toEqual([]);
  });
});
