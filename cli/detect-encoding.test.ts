import { describe, expect, test } from 'vitest';
import { decodeHtml, detectEncoding } from './detect-encoding';

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);
const withBytes = (...parts: Array<string | number[]>): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...ascii(part)] : part)));

/** "Le café à Flore" in windows-1252: é is 0xE9, à is 0xE0. */
const CAFE_1252 = withBytes('<p>Le caf', [0xe9], ' ', [0xe0], ' Flore</p>');
/** "日本" in Shift_JIS. */
const NIHON_SJIS = [0x93, 0xfa, 0x96, 0x7b];

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = [littleEndian ? 0xff : 0xfe, littleEndian ? 0xfe : 0xff];
  for (const char of text) {
    const code = char.charCodeAt(0);
    bytes.push(...(littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
  }
  return Uint8Array.from(bytes);
}

describe('detectEncoding', () => {
  test.each<[string, Uint8Array, string | null, string, string]>([
    ['a UTF-8 byte order mark, over a header saying otherwise', withBytes([0xef, 0xbb, 0xbf], '<p>x</p>'), 'text/html; charset=windows-1252', 'utf-8', 'bom'],
    ['a UTF-16LE byte order mark', utf16('<p>x</p>', true), null, 'utf-16le', 'bom'],
    ['a UTF-16BE byte order mark', utf16('<p>x</p>', false), null, 'utf-16be', 'bom'],
    ['the header charset, over a <meta>', withBytes('<meta charset="utf-8">'), 'text/html; charset=ISO-8859-1', 'windows-1252', 'header'],
    ['a quoted header charset', ascii('<p>x</p>'), 'text/html; charset="Shift_JIS"', 'shift_jis', 'header'],
    ['an unknown header charset falls through to <meta>', withBytes('<meta charset=shift_jis>'), 'text/html; charset=klingon', 'shift_jis', 'meta'],
    ['<meta charset>', ascii('<!doctype html><html><head><meta charset="windows-1252"><title>x</title>'), null, 'windows-1252', 'meta'],
    ['<meta http-equiv content>', ascii('<head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'), null, 'shift_jis', 'meta'],
    ['<meta content> without http-equiv is no declaration', ascii('<head><meta content="text/html; charset=Shift_JIS">'), null, 'utf-8', 'default'],
    ['a <meta> in a comment is no declaration', ascii('<!-- <meta charset="shift_jis"> --><meta charset="koi8-r">'), null, 'koi8-r', 'meta'],
    ['a <meta> past the first 1024 bytes is not seen', ascii(`<head>${' '.repeat(1100)}<meta charset="shift_jis">`), null, 'utf-8', 'default'],
    ['UTF-16 declared in <meta> means UTF-8', ascii('<meta charset="utf-16">'), null, 'utf-8', 'meta'],
    ['x-user-defined means windows-1252', ascii('<meta charset="x-user-defined">'), null, 'windows-1252', 'meta'],
    ['nothing declared', ascii('<p>plain</p>'), null, 'utf-8', 'default'],
    // A saved page re-encoded to UTF-8 whose <meta> still names the encoding it was served in.
    ['valid UTF-8 that is not ASCII, over a <meta>', withBytes('<meta charset="windows-1252"><p>M', [0xc3, 0xbc], 'nchner</p>'), null, 'utf-8', 'content'],
    ['valid UTF-8 over a <meta> naming GBK', withBytes('<meta charset="gbk"><p>', [0xe6, 0x97, 0xa5], '</p>'), null, 'utf-8', 'content'],
    ['a header is not second-guessed', withBytes('<p>M', [0xc3, 0xbc], 'nchner</p>'), 'text/html; charset=windows-1252', 'windows-1252', 'header'],
  ])('%s', (_what, bytes, contentType, encoding, source) => {
    expect(detectEncoding(bytes, contentType)).toMatchObject({ encoding, source });
  });
});

describe('decodeHtml', () => {
  test.each<[string, Uint8Array, string | null, string]>([
    ['windows-1252 by header', CAFE_1252, 'text/html; charset=windows-1252', '<p>Le café à Flore</p>'],
    ['windows-1252 by <meta>', withBytes('<meta charset="windows-1252">', Array.from(CAFE_1252)), null, '<meta charset="windows-1252"><p>Le café à Flore</p>'],
    ['UTF-8 under a <meta> naming windows-1252', withBytes('<meta charset="windows-1252"><p>M', [0xc3, 0xbc], 'nchner</p>'), null, '<meta charset="windows-1252"><p>Münchner</p>'],
    // The 32 bytes where windows-1252 is not Latin-1, as the Encoding Standard's index maps them (nodejs/node#60888).
    ['windows-1252 from 0x80 to 0x9F', withBytes(Array.from({ length: 32 }, (_, index) => 0x80 + index)), 'text/html; charset=iso-8859-1', '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'],
    ['Shift_JIS by <meta>', withBytes('<meta charset="Shift_JIS"><p>', NIHON_SJIS, '</p>'), null, '<meta charset="Shift_JIS"><p>日本</p>'],
    ['UTF-16LE with its mark, the mark dropped', utf16('<p>Café</p>', true), null, '<p>Café</p>'],
    ['UTF-16BE with its mark, the mark dropped', utf16('<p>Café</p>', false), null, '<p>Café</p>'],
    ['UTF-8 with its mark, the mark dropped', withBytes([0xef, 0xbb, 0xbf], '<p>x</p>'), null, '<p>x</p>'],
  ])('%s', (_what, bytes, contentType, text) => {
    expect(decodeHtml(bytes, contentType)).toBe(text);
  });
});
