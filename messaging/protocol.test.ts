import { describe, expect, test } from 'vitest';
import { parseBackgroundRequest, parseContentRequest } from './protocol';

/**
 * A content script's listener answers whatever reaches it, and the background's
 * answers any extension page: each parser is the one gate. Messages arrive
 * structured-cloned (no getters, no functions), so the hostile ones are data.
 */
const quote = { exact: 'Experts say', prefix: 'The plan failed. ', suffix: ' it will' };
const mark = { warningIndex: 0, anchor: quote, severity: 'medium', label: 'Vague attribution', message: 'Who says so?' };

/** Values that are no request of either direction. */
const NOT_REQUESTS: Array<[string, unknown]> = [
  ['undefined', undefined],
  ['null', null],
  ['a number', 42],
  ['a string naming a type', 'analyze-tab'],
  ['an array', [{ type: 'extract' }]],
  ['an object without a type', {}],
  ['an unknown type', { type: 'eval', code: 'alert(1)' }],
  ['a type inherited from Object.prototype', { type: 'constructor' }],
  ['a type named __proto__', { type: '__proto__' }],
  ['a type that is not a string', { type: ['extract'] }],
  ['a type in other case', { type: 'EXTRACT' }],
];

describe('parseBackgroundRequest refuses', () => {
  test.each<[string, unknown]>([
    ...NOT_REQUESTS,
    ['a missing tab', { type: 'analyze-tab' }],
    ['a negative tab', { type: 'analyze-tab', tabId: -1 }],
    ['a fractional tab', { type: 'analyze-tab', tabId: 1.5 }],
    ['a NaN tab', { type: 'get-outcome', tabId: Number.NaN }],
    ['an infinite tab', { type: 'get-outcome', tabId: Number.POSITIVE_INFINITY }],
    ['a tab as a string', { type: 'analyze-tab', tabId: '1' }],
    ['an unknown key', { type: 'analyze-tab', tabId: 1, url: 'https://evil.example' }],
    ['a __proto__ key (from JSON)', JSON.parse('{"type":"analyze-tab","tabId":1,"__proto__":{"polluted":true}}')],
    ['visibility as a string', { type: 'set-marks-visible', tabId: 1, visible: 'false' }],
    ['a negative warning index', { type: 'reveal-warning', tabId: 1, warningIndex: -1 }],
    ['a dismissal without its switch', { type: 'set-flag-dismissed', tabId: 1, warningIndex: 0 }],
    ['a content request', { type: 'extract' }],
    ['a content mark request', { type: 'mark', marks: [] }],
  ])('%s', (_what, message) => {
    expect(parseBackgroundRequest(message)).toBeNull();
  });
});

describe('parseBackgroundRequest accepts each request as sent', () => {
  test.each([
    { type: 'analyze-tab', tabId: 0 },
    { type: 'get-outcome', tabId: 12 },
    { type: 'set-marks-visible', tabId: 3, visible: false },
    { type: 'reveal-warning', tabId: 3, warningIndex: 7 },
    { type: 'set-flag-dismissed', tabId: 3, warningIndex: 7, dismissed: true },
  ])('$type', (message) => {
    expect(parseBackgroundRequest(message)).toEqual(message);
  });
});

describe('parseContentRequest refuses', () => {
  test.each<[string, unknown]>([
    ...NOT_REQUESTS,
    ['a background request', { type: 'analyze-tab', tabId: 1 }],
    ['extract with a key it does not take', { type: 'extract', selector: 'body' }],
    ['marks that are not a list', { type: 'mark', marks: 'all' }],
    ['a mark without an anchor', { type: 'mark', marks: [{ ...mark, anchor: undefined }] }],
    ['a mark with an empty quote', { type: 'mark', marks: [{ ...mark, anchor: { ...quote, exact: '' } }] }],
    ['a mark with an unknown severity', { type: 'mark', marks: [{ ...mark, severity: 'critical' }] }],
    ['a mark carrying markup to inject', { type: 'mark', marks: [{ ...mark, html: '<img src=x onerror=alert(1)>' }] }],
    ['a quote with an extra key', { type: 'mark', marks: [{ ...mark, anchor: { ...quote, start: 0 } }] }],
    ['one bad mark among good ones', { type: 'mark', marks: [mark, { ...mark, warningIndex: -2 }] }],
    ['visibility as a number', { type: 'set-marks-visible', visible: 1 }],
    ['a fractional warning index', { type: 'reveal-mark', warningIndex: 0.5 }],
  ])('%s', (_what, message) => {
    expect(parseContentRequest(message)).toBeNull();
  });
});

describe('parseContentRequest accepts each request as sent', () => {
  test.each([
    { type: 'extract' },
    { type: 'mark', marks: [] },
    { type: 'mark', marks: [mark, { ...mark, warningIndex: 4, severity: 'high' }] },
    { type: 'set-marks-visible', visible: true },
    { type: 'reveal-mark', warningIndex: 2 },
  ])('$type', (message) => {
    expect(parseContentRequest(message)).toEqual(message);
  });
});
