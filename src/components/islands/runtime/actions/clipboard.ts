/**
 * Copies text to the clipboard, from a click. The text may still be loading (exports and share
 * links load on first use): a ClipboardItem takes the pending text, so browsers that only allow
 * copying during the click itself (Safari) still accept it; elsewhere the text is awaited and
 * written. Resolves true when the browser took it, false when it refused.
 */
export function copyText(text: string | Promise<string>): Promise<boolean> {
  const pending = Promise.resolve(text);
  const clipboard = globalThis.navigator?.clipboard;
  if (!clipboard) return Promise.resolve(false);
  const write =
    typeof ClipboardItem === 'function' && clipboard.write
      ? clipboard.write([
          new ClipboardItem({
            'text/plain': pending.then((t) => new Blob([t], { type: 'text/plain' })),
          }),
        ])
      : pending.then((t) => clipboard.writeText(t));
  return write.then(
    () => true,
    () => false,
  );
}
