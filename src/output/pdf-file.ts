import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';

/**
 * Writes a PDF into a file chunk by chunk as Chromium hands it over (`page.createPDFStream`): a large binder is
 * hundreds of megabytes, which would otherwise be held in memory whole. Used by the print for its draft and its
 * binder, in the print folder output/ staged and removes.
 */
export async function writePdfStream(stream: ReadableStream<Uint8Array>, file: string): Promise<void> {
  await pipeline(Readable.fromWeb(stream), createWriteStream(file));
}

/** Removes a PDF the print wrote into its print folder once it has been read. */
export async function removePdfFile(file: string): Promise<void> {
  await rm(file, { force: true });
}
