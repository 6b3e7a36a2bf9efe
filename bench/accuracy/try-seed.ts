import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import { collectMetadata } from '../../extraction/metadata/collect-metadata';
import { decideProvenance } from '../../rules/provenance/decide-provenance';
import { SNAPSHOT_VERSION, type ArticleSnapshot } from '../../extraction/snapshot';
for (const f of ['artia13-textonly.html','artia13-wordpress.html']) {
  const html = readFileSync('/work/shared/seed/'+f,'utf8');
  const { document } = parseHTML(html);
  const url = 'https://artia13.city/2025/07/10/x/';
  const m = collectMetadata(document as unknown as Document, url);
  const snap: ArticleSnapshot = { snapshotVersion: SNAPSHOT_VERSION, url, readerable: true, readability: null, blocks: [], ...m };
  const d = decideProvenance(snap, { retrievedAt: '2026-11-23T00:00:00Z', pageDomain: null });
  console.log(JSON.stringify(d, null, 1));
}
