import type { MarkRequest } from '../../messaging/protocol';

const WORDS = 'river barrier council engineers flood season budget pumps levels residents tide storm report minister survey district'.split(' ');
const CONTEXT = 32;
const SEVERITIES = ['info', 'low', 'medium', 'high'] as const;

export interface MarksPage {
  html: string;
  requests: MarkRequest[];
}

function sentence(seed: number, length: number): string {
  const words = Array.from({ length }, (_, i) => WORDS[(seed * 7 + i * 3) % WORDS.length]);
  return `${words.join(' ')}.`;
}

/**
 * An article of `paragraphs` paragraphs with inline markup, and `count` mark
 * requests, one per paragraph, each quoting a distinctive phrase with the same
 * context the rules would give it. The rest of the page is chrome that anchoring
 * must skip (navigation, a script, a footer).
 */
export function marksPage(paragraphs: number, count: number): MarksPage {
  const blocks = Array.from({ length: paragraphs }, (_, i) => `${sentence(i, 18)} Experts say claim number ${i} is true, according to reports. ${sentence(i + 1, 22)}`);
  const text = blocks.join('\n\n');
  const requests: MarkRequest[] = [];
  let offset = 0;
  blocks.forEach((block, i) => {
    const exact = `Experts say claim number ${i} is true`;
    const start = offset + block.indexOf(exact);
    if (i < count) {
      requests.push({
        warningIndex: i,
        anchor: { exact, prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(start + exact.length, start + exact.length + CONTEXT) },
        severity: SEVERITIES[i % SEVERITIES.length] ?? 'info',
        label: 'Vague attribution',
        message: 'A claim credited to unnamed experts.',
      });
    }
    offset += block.length + 2;
  });
  const body = blocks
    .map((block) => {
      const [first, ...rest] = block.split(' Experts say');
      return `<p>${first} <em>Experts</em> say${rest.join(' Experts say')}</p>`;
    })
    .join('\n');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Marks bench</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Flood barrier</h1>${body}</article><script>window.pageScript = 1;</script><footer>© Example</footer></body></html>`;
  return { html, requests };
}
