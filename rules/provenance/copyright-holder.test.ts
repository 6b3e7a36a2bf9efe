import { describe, expect, test } from 'vitest';
import { copyrightHolder } from './decide-site-name';

describe('copyright holder', () => {
  test.each<[string, string | null]>([
    ['© 2025 Harbour Media Group. All rights reserved.', 'Harbour Media Group'],
    ['Copyright © 2019-2025 Northern Ledger | Privacy', 'Northern Ledger'],
    ['(c) 2024, The Daily Example', 'The Daily Example'],
    ['© Le Courrier du Soir 2025 – Tous droits réservés', 'Le Courrier du Soir'],
    ['© 2025 Éditions du Matin. Tous droits réservés.', 'Éditions du Matin'],
    ['© 2025', null],
    ['© 2025 All rights reserved', null],
    ['Photo © Jeanne Martin for a very long caption that goes on about the scene and the weather', null],
    ['Published 3 March 2025', null],
  ])('%s → %s', (line, holder) => {
    expect(copyrightHolder(line)).toBe(holder);
  });
});
