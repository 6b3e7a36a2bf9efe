/**
 * Saves text as a file through an `<a download>`, a web API, so the extension
 * needs no `downloads` permission. The address is a `data:` URL rather than a
 * `blob:` one: Firefox closes the popup when it asks where to save, and a blob
 * URL dies with the popup before the download starts.
 */
export function downloadFile(fileName: string, mimeType: string, text: string): void {
  const anchor = document.createElement('a');
  anchor.href = `data:${mimeType};charset=utf-8,${encodeURIComponent(text)}`;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
  }
}
