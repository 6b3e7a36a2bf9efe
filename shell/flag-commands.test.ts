import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { AnalysisOutcome } from '../messaging/protocol';
import { flagOf, type DismissedFlag } from '../report/dismissals';
import { fakeBrowser } from '../tests/helpers/fake-browser';
import { sampleReport } from '../tests/helpers/sample-report';

const state = vi.hoisted(() => ({
  browser: undefined as unknown,
  outcome: null as AnalysisOutcome | null,
  dismissed: [] as DismissedFlag[],
  revealed: [] as number[],
}));
vi.mock('wxt/browser', () => ({
  get browser() {
    return state.browser;
  },
}));
vi.mock('./outcome-store', () => ({ loadOutcome: async () => state.outcome }));
vi.mock('./dismissed-flags', () => ({ loadDismissed: async () => state.dismissed }));
vi.mock('../messaging/send', () => ({
  sendToContent: async (_tabId: number, request: { warningIndex: number }) => {
    state.revealed.push(request.warningIndex);
    return { ok: true };
  },
}));

const { registerFlagCommands, NEXT_FLAG_COMMAND, PREVIOUS_FLAG_COMMAND } = await import('./flag-commands');

const report = sampleReport();
const settled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
let browser: ReturnType<typeof fakeBrowser>;

beforeEach(() => {
  browser = fakeBrowser();
  state.browser = browser;
  state.outcome = { status: 'ok', report, marks: { anchored: [0, 1], unanchored: [] } };
  state.dismissed = [];
  state.revealed = [];
  registerFlagCommands();
});

async function press(...commands: string[]): Promise<number[]> {
  for (const command of commands) {
    browser.commands.onCommand.fire(...([command, { id: 5 }] as never[]));
    await settled();
  }
  return state.revealed;
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
    state.dismissed = [flagOf(report.warnings[0]!)!];
    expect(await press(NEXT_FLAG_COMMAND, NEXT_FLAG_COMMAND)).toEqual([1, 1]);
  });

  test('nothing happens on a page that was not analysed as an article', async () => {
    state.outcome = { status: 'not-article', report };
    expect(await press(NEXT_FLAG_COMMAND)).toEqual([]);
  });
});
