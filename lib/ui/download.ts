/**
 * Saves text as a file the owner downloads: a Blob behind a temporary <a download>. The only DOM
 * helper in lib/ui; everything that builds the text is pure and lives beside it.
 */
export function downloadText(
  fileName: string,
  text: string,
  mimeType: string,
  doc: Document = document,
): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled; revoking at once cancels the download in some browsers.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}
