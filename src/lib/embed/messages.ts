/**
 * The height message an embed page posts to its parent window (src/client/embed/frame.ts), and
 * how the configurator's preview reads it. The loader (loader.js) checks the same shape.
 */
import { HEIGHT_MESSAGE, parseFrameId } from './params';

/** The message an embed page posts to its parent whenever its content height changes. */
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  frame: string | null;
  /** The tool the frame shows now: a link inside it can lead to another tool (frame.ts). */
  tool: string;
  height: number;
}

/** A height message, or null when the data is anything else. */
export function readHeightMessage(data: unknown): Omit<HeightMessage, 'tool'> | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.type !== HEIGHT_MESSAGE) return null;
  const height = m.height;
  if (typeof height !== 'number' || !Number.isFinite(height) || height <= 0 || height > 1e5) {
    return null;
  }
  return { type: HEIGHT_MESSAGE, frame: parseFrameId(m.frame), height: Math.ceil(height) };
}
