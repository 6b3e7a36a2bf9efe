import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR } from '../../harness/paths';

/**
 * Pages in the legacy encodings the CLI once read as UTF-8, built from UTF-8 text at
 * test time. Node can decode every WHATWG encoding but encode only UTF-8 and UTF-16,
 * so a legacy encoder is the decoder's table turned around.
 */
const encoders = new Map<string, Map<string, number[]>>();

function encoderFor(encoding: 'windows-1252' | 'shift_jis'): Map<string, number[]> {
  const cached = encoders.get(encoding);
  if (cached) return cached;
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number[]>();
  const learn = (bytes: number[]): void => {
    const char = decoder.decode(Uint8Array.from(bytes));
    if (char.length === 1 && char !== '\uFFFD' && !table.has(char)) table.set(char, bytes);
  };
  for (let byte = 0; byte < 0x100; byte++) learn([byte]);
  if (encoding === 'shift_jis') {
    for (let lead = 0x81; lead <= 0xfc; lead++) for (let trail = 0x40; trail <= 0xfc; trail++) learn([lead, trail]);
  }
  encoders.set(encoding, table);
  return table;
}

/** `text` in a legacy encoding; throws on a character it cannot hold, so a page never silently changes. */
export function encodeLegacy(text: string, encoding: 'windows-1252' | 'shift_jis'): Buffer {
  const table = encoderFor(encoding);
  const bytes: number[] = [];
  for (const char of text) {
    const encoded = table.get(char);
    if (!encoded) throw new Error(`${encoding} has no ${JSON.stringify(char)} (U+${char.codePointAt(0)?.toString(16)})`);
    bytes.push(...encoded);
  }
  return Buffer.from(bytes);
}

/** A fixture article with its UTF-8 declaration replaced (or dropped, for `null`). */
function fixtureDeclaring(path: string, charset: string | null): string {
  const html = readFileSync(join(FIXTURES_DIR, path), 'utf8');
  return html.replace('<meta charset="utf-8">', charset === null ? '' : `<meta charset="${charset}">`);
}

const JAPANESE_PARAGRAPHS = [
  '川沿い市議会は木曜日の夜、港地区に高さ四メートルの防潮堤を建設する計画を賛成多数で承認した。計画は二年間にわたって延期されており、冬の高潮のたびに数百の住宅と商店が浸水の危険にさらされてきた。',
  '公表された議事録によると、採決は賛成三十一、反対九だった。工事は九月に始まり、完成までに十八か月かかる見込みだという。',
  '昨年の浸水で地元の商店は四億円の損失を出し、港沿いの店のほぼ五軒に一軒が一週間以上休業した。',
  '専門家によると、防潮堤は大規模な浸水の危険を半分以下に減らす可能性があるが、市はその推計の根拠となるモデルを公表していない。',
  '環境担当の市議は「今後十年で市議会が下す最も重要な決定だ」と述べた。一方、野党の議員らは、上流の堤防に予算を回すべきだったと主張し、大学の研究では上流の対策の方が一戸あたりの費用が安いとされていると指摘した。',
  '市は四月二日から港の図書館で住民向けの説明会を開き、着工前に防潮堤の設計を公表するとしている。説明会では、工事中の交通規制や商店への補償についても説明する予定だ。',
  '港で三十年にわたって魚屋を営む男性は「毎年冬になると店を閉めて土のうを積むしかなかった。ようやく安心できる」と話した。',
];

/** A Japanese article, declaring Shift_JIS in its `<meta>`. */
function japaneseArticle(): string {
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="Shift_JIS">
<title>防潮堤の建設計画、二年の遅れを経て市議会が承認 | 港湾新聞</title>
<meta name="author" content="山田花子">
<meta property="og:type" content="article">
<meta property="og:site_name" content="港湾新聞">
<meta property="article:published_time" content="2026-03-14T08:30:00+09:00">
</head>
<body>
<header><a href="/">港湾新聞</a></header>
<main><article>
<h1>防潮堤の建設計画、二年の遅れを経て市議会が承認</h1>
<p class="byline">山田花子 <time datetime="2026-03-14T08:30:00+09:00">2026年3月14日</time></p>
${JAPANESE_PARAGRAPHS.map((paragraph) => `<p>${paragraph}</p>`).join('\n')}
</article></main>
<footer><a href="/about/">会社概要</a></footer>
</body>
</html>`;
}

export interface EncodedPage {
  /** Path it is served at, and file name the CLI reads it from. */
  name: string;
  /** The Content-Type it is served with: a header charset only where that is what the case is about. */
  contentType: string;
  /** Whether the CLI must fetch it (the encoding is in the HTTP header only) rather than read a saved copy. */
  cliFetches: boolean;
  bytes: () => Buffer;
}

export const ENCODED_PAGES: Array<[string, EncodedPage]> = [
  ['windows-1252 declared in the Content-Type header only', {
    name: 'fr-windows-1252-header.html',
    contentType: 'text/html; charset=windows-1252',
    cliFetches: true,
    bytes: () => encodeLegacy(fixtureDeclaring('fr/centrale-solaire.html', null), 'windows-1252'),
  }],
  ['windows-1252 declared in <meta>', {
    name: 'fr-windows-1252-meta.html',
    contentType: 'text/html',
    cliFetches: false,
    bytes: () => encodeLegacy(fixtureDeclaring('fr/centrale-solaire.html', 'windows-1252'), 'windows-1252'),
  }],
  ['Shift_JIS declared in <meta>', {
    name: 'ja-shift-jis.html',
    contentType: 'text/html',
    cliFetches: false,
    bytes: () => encodeLegacy(japaneseArticle(), 'shift_jis'),
  }],
  ['UTF-16LE with a byte order mark', {
    name: 'en-utf-16le.html',
    contentType: 'text/html',
    cliFetches: false,
    bytes: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixtureDeclaring('en/flood-barrier.html', null), 'utf16le')]),
  }],
];
