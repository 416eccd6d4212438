import { textWidth } from './text-width.js';

/** Breaks `text` into lines no wider than `maxWidth` pixels at `fontSize`, between words; a single long word overflows. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  return line ? [...lines, line] : lines.length ? lines : [''];
}

/** Like `wrapText`, with the same number of lines made as even as possible: no lone word on the last line. */
export function wrapBalanced(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const greedy = wrapText(text, maxWidth, fontSize, bold);
  if (greedy.length < 2) return greedy;
  let [narrow, wide] = [0, maxWidth];
  while (wide - narrow > 1) {
    const middle = (narrow + wide) / 2;
    if (wrapText(text, middle, fontSize, bold).length > greedy.length) narrow = middle;
    else wide = middle;
  }
  return wrapText(text, wide, fontSize, bold);
}
