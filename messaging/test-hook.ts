/**
 * A request only e2e builds answer (`--mode e2e`): the content script says what it
 * has drawn, since neither the page nor the test can see into the tooltip's closed
 * shadow root. Production builds drop the handler; like every content request it is
 * answered only when it comes from the extension itself.
 */
import type { MarksInspection } from '../page/marks-controller';

export const INSPECT_REQUEST_TYPE = 'e2e-inspect-marks';

export type InspectResponse = MarksInspection;

export function isInspectRequest(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === INSPECT_REQUEST_TYPE;
}
