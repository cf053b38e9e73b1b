/** Saves text as a file through the browser's download, with no request to any server. */
export function downloadFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // Revoked once the download has started; revoking at once cancels it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
