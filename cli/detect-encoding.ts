/**
 * The character encoding of an HTML page, found as a browser finds it (WHATWG HTML,
 * "determining the character encoding"): a byte order mark, else the `charset` of the
 * `Content-Type` header, else a `<meta>` declaration in the first 1024 bytes, else
 * UTF-8. Labels are the WHATWG Encoding Standard's, as `TextDecoder` reads them.
 *
 * One departure: a saved page is often re-encoded to UTF-8 while its `<meta>` still
 * names the encoding it was served in (all seven pages of the two real-page sets whose
 * `<meta>` names another encoding). Bytes that are valid UTF-8 and not all ASCII are
 * read as UTF-8 when only a `<meta>` said otherwise: text in a single-byte or East Asian
 * encoding is practically never valid UTF-8, while a browser would show such a page
 * as mojibake ("MÃ¼nchner").
 */

export type EncodingSource = 'bom' | 'header' | 'meta' | 'content' | 'default';

export interface DetectedEncoding {
  /** The canonical name `TextDecoder` gives the encoding ("windows-1252" for "latin1"). */
  encoding: string;
  source: EncodingSource;
  /** Bytes of byte order mark to skip. */
  bomLength: number;
}

/** How far a browser looks for a `<meta>` declaration before it parses. */
const PRESCAN_BYTES = 1024;

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

/** The canonical name of a label, or null for a label no decoder knows. */
function canonical(label: string): string | null {
  const trimmed = label.trim().toLowerCase();
  // The standard maps this one to a decoder Node lacks; a page declaring it is read as windows-1252, as HTML says.
  if (trimmed === 'x-user-defined') return 'windows-1252';
  try {
    return new TextDecoder(trimmed).encoding;
  } catch {
    return null;
  }
}

/** The charset parameter of a `Content-Type` value, or of a `<meta content>` ("text/html; charset=Shift_JIS"). */
export function charsetParameter(value: string): string | null {
  const match = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/i.exec(value);
  return match ? (match[1] ?? match[2] ?? match[3] ?? null) : null;
}

const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/g;

/** The encoding a `<meta>` tag declares, or null. Attributes as the prescan reads them: the first of a name wins. */
function metaDeclaration(attributes: string): string | null {
  const seen = new Map<string, string>();
  for (const [, name, ...values] of attributes.matchAll(ATTRIBUTE)) {
    const key = (name ?? '').toLowerCase();
    if (!seen.has(key)) seen.set(key, values.find((value) => value !== undefined) ?? '');
  }
  const charset = seen.get('charset');
  if (charset !== undefined) return charset;
  const pragma = seen.get('http-equiv')?.trim().toLowerCase() === 'content-type';
  const content = seen.get('content');
  return pragma && content !== undefined ? charsetParameter(content) : null;
}

/**
 * The prescan, on the first 1024 bytes read as single bytes (every label and tag it
 * looks for is ASCII): comments are skipped, and the first `<meta>` with a usable
 * declaration wins. UTF-16 declared in a page that is readable as ASCII cannot be
 * true, so it means UTF-8, as the standard says.
 */
function prescan(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES)).replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  for (const [, attributes] of head.matchAll(/<meta[\s/]([^>]*)/gi)) {
    const declared = metaDeclaration(attributes ?? '');
    const encoding = declared === null ? null : canonical(declared);
    if (encoding !== null) return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  }
  return null;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

function isNonAsciiUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((byte) => byte >= 0x80)) return false;
  try {
    STRICT_UTF8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function detectEncoding(bytes: Uint8Array, contentType: string | null = null): DetectedEncoding {
  for (const [mark, encoding] of BOMS) {
    if (mark.every((byte, i) => bytes[i] === byte)) return { encoding, source: 'bom', bomLength: mark.length };
  }
  const fromHeader = contentType === null ? null : charsetParameter(contentType);
  const headerEncoding = fromHeader === null ? null : canonical(fromHeader);
  if (headerEncoding !== null) return { encoding: headerEncoding, source: 'header', bomLength: 0 };
  const fromMeta = prescan(bytes);
  if (fromMeta !== null && fromMeta !== 'utf-8' && isNonAsciiUtf8(bytes)) return { encoding: 'utf-8', source: 'content', bomLength: 0 };
  if (fromMeta !== null) return { encoding: fromMeta, source: 'meta', bomLength: 0 };
  return { encoding: 'utf-8', source: 'default', bomLength: 0 };
}

/**
 * Bytes 0x80–0x9F of windows-1252 as the Encoding Standard maps them (five bytes map
 * to themselves). Node 20.18.3+ and 22.13–22.x decode them as Latin-1 control
 * characters (nodejs/node#60888), which turned a page's ’ “ ” – … into invisible
 * characters that no quotation or apostrophe pattern matches.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const LATIN1_CONTROLS = /[\u0080-\u009f]/gu;

/** The page's text, decoded as a browser would; bytes that do not decode become U+FFFD, as in a browser. */
export function decodeHtml(bytes: Uint8Array, contentType: string | null = null): string {
  const { encoding, bomLength } = detectEncoding(bytes, contentType);
  const text = new TextDecoder(encoding).decode(bytes.subarray(bomLength));
  // Every Latin-1 label decodes as windows-1252 (WHATWG), so no such page can mean a control character there.
  return encoding === 'windows-1252' ? text.replace(LATIN1_CONTROLS, (control) => WINDOWS_1252_HIGH.charAt(control.charCodeAt(0) - 0x80)) : text;
}
