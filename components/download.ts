/**
 * Saves `text` as a file through a Blob URL and a temporary link: no `downloads` permission, and
 * nothing leaves the browser. The URL is revoked on the next task, after the click has used it.
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
