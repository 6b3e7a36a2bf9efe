import { CliError } from './cli-error';

/** The most one page may weigh, read or decompressed: 6 times the largest corpus page, 6 times the 5 MB hostile page. */
export const MAX_PAGE_BYTES = 32 * 1024 * 1024;

/** "32 MB", for the messages. */
export function byteLimitText(limit: number): string {
  return limit >= 1024 * 1024 ? `${Math.round(limit / (1024 * 1024))} MB` : `${Math.round(limit / 1024)} KB`;
}

/**
 * Concatenates a stream of chunks, stopping as soon as it passes `limit` bytes: memory
 * never holds more than the limit and one chunk, whatever the source sends. `tooLarge`
 * words the error; `stop` releases the source (aborts the request, closes the file).
 */
export async function readLimited(chunks: AsyncIterable<Uint8Array>, limit: number, tooLarge: () => string, stop: () => void): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.byteLength;
    if (total > limit) {
      stop();
      throw new CliError(tooLarge());
    }
    parts.push(chunk);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}
