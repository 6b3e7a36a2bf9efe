/** Whether a string is an absolute http(s) URL: the only addresses the CLI fetches or analyses a page as. */
export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
