import { readGold, readPageHtml, pageUrl } from '../accuracy/corpus';

export interface CorpusPage {
  id: string;
  url: string;
  html: string;
}

/** Every page of a corpus folder (the ../shared/corpus format), decompressed, with the URL to analyse it as. */
export function loadCorpus(corpusDir: string): CorpusPage[] {
  return readGold(corpusDir).pages.map((page) => {
    const html = readPageHtml(corpusDir, page);
    return { id: page.id, url: pageUrl(html, page), html };
  });
}
