import type { Report } from './schema';

/** The schema-v1 report as a pretty-printed JSON document, ending with a newline. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
