import { describe, expect, test } from 'vitest';
import { datelineCredit } from './dateline-credit';

describe('datelineCredit', () => {
  test.each<[string, string | null, string | null]>([
    ['LAWRENCEVILLE, Ga. (AP) — U.S. Marshals in Georgia have arrested a player.', 'dailystar', 'AP'],
    ['PARIS (AFP) - Le gouvernement a annoncé jeudi un plan.', 'lefigaro', 'AFP'],
    ['WASHINGTON (Reuters) - The Federal Reserve held rates.', 'nationalpost', 'Reuters'],
    // On the agency's own site the agency is the author, not a source.
    ['WASHINGTON (Reuters) - The Federal Reserve held rates.', 'reuters', null],
    ['CHICAGO (AP) — False claims are circulating.', 'apnews', null],
    // Not an agency, or not a dateline.
    ['BERLIN (dpa-AFX) — Shares rose.', 'boerse', null],
    ['The minister (Paris) — as he said — resigned.', 'journal', null],
    ['Officials said the Associated Press (AP) — and others — were told.', 'journal', null],
  ])('%s on %s', (block, self, expected) => {
    expect(datelineCredit(block, 0, block, self, [])?.speaker.name ?? null).toBe(expected);
  });

  test.each<[string[], string | null]>([
    [['Associated Press'], null],
    [['Jane Doe', 'AP'], null],
    [['Jane Doe'], 'AP'],
    [['AFP'], 'AP'],
  ])('by %j, the dateline agency is %s', (authors, expected) => {
    const block = 'CHICAGO (AP) — False claims are circulating.';
    expect(datelineCredit(block, 0, block, 'globalnews', authors)?.speaker.name ?? null).toBe(expected);
  });

  test('the passage is the dateline, the name points at the agency', () => {
    const block = 'PARIS (AFP) - Le gouvernement a annoncé un plan.';
    const text = `Titre\n\n${block}`;
    const credit = datelineCredit(block, 7, text, 'lefigaro', []);
    expect(credit?.passage.exact).toBe('PARIS (AFP) -');
    expect(credit === null ? '' : text.slice(credit.position, credit.position + 3)).toBe('AFP');
  });
});
