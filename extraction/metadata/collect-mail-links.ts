import type { MailLink } from '../../snapshot/article-snapshot';
import { clip, metadataElements, squash } from './dom-text';

/** A page has one or two signature links; its contact links come later, if at all. */
const MAX_MAIL_LINKS = 10;
/** A signature's short form: initials or a handle, never a sentence. */
const MAX_LINK_TEXT = 20;
const MAX_TITLE = 80;

/**
 * E-mail links that carry a title: a newsroom signs an article with the writer's short
 * form linked to their address, the full name in the title ("(<a title="Ben Schwan"
 * href="mailto:…">bsc</a>)"). The rules decide which of them credit a writer.
 */
export function collectMailLinks(source: Document | readonly Element[]): MailLink[] {
  const links: MailLink[] = [];
  for (const element of metadataElements(source)) {
    if (links.length >= MAX_MAIL_LINKS) break;
    if (element.tagName.toUpperCase() !== 'A' || !element.hasAttribute('title')) continue;
    if (!/^\s*mailto:/i.test(element.getAttribute('href') ?? '')) continue;
    const text = squash(element.textContent);
    const title = squash(element.getAttribute('title'));
    if (text === '' || title === '' || text.length > MAX_LINK_TEXT) continue;
    links.push({ text, title: clip(title, MAX_TITLE) });
  }
  return links;
}
