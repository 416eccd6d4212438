// A worker thread that renders Markdown: started by markdown-ahead.ts when a plan has a lot of it.
import { parentPort } from 'node:worker_threads';
import type { MarkdownReply, MarkdownRequest } from './markdown-ahead.js';
import { markdownToHtml } from './markdown.js';

parentPort?.on('message', ({ index, markdown, idPrefix }: MarkdownRequest) => {
  const reply: MarkdownReply = { index, html: markdownToHtml(markdown, { idPrefix }) };
  parentPort?.postMessage(reply);
});
