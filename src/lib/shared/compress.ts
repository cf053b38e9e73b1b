/**
 * Raw DEFLATE through the browser's own CompressionStream (no library to ship): how the plan
 * hand-off fits a whole plan in a link. Every current browser has it (Chromium 103, Firefox 113,
 * Safari 16.4), and Node 22 for the tests.
 */

/** Runs bytes through a compression or decompression stream, stopping past `maxBytes` out. */
async function pipe(
  bytes: Uint8Array,
  transform: CompressionStream | DecompressionStream,
  maxBytes: number,
): Promise<Uint8Array> {
  const writer = transform.writable.getWriter();
  // A damaged input errors the stream: the reader below reports it, so these may not reject unseen.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = transform.readable.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw new RangeError(`More than ${maxBytes} bytes`);
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Text (UTF-8) compressed with raw DEFLATE. */
export function deflateText(text: string): Promise<Uint8Array> {
  return pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'), Infinity);
}

/**
 * Raw DEFLATE bytes back to text. Rejects when they are not DEFLATE data (damaged, cut short,
 * or with bytes after the end), not UTF-8, or would inflate past `maxBytes` (a small link that
 * expands to gigabytes).
 */
export async function inflateText(bytes: Uint8Array, maxBytes: number): Promise<string> {
  const out = await pipe(bytes, new DecompressionStream('deflate-raw'), maxBytes);
  return new TextDecoder('utf-8', { fatal: true }).decode(out);
}
