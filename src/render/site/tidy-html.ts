/**
 * Drops the trailing spaces and blank lines that template indentation leaves, outside `<pre>` and `<script>`
 * (a script's bytes are fixed by its CSP hash).
 */
export function tidyHtml(html: string): string {
  return (
    html
      .split(/(<pre\b[\s\S]*?<\/pre>|<script\b[\s\S]*?<\/script>)/i)
      .map((part, index) => (index % 2 === 1 ? part : trimLineEnds(part).replace(/\n{2,}/g, '\n')))
      .join('')
      .trim() + '\n'
  );
}

/**
 * Spaces and tabs at the end of each line removed. By hand, not `/[ \t]+$/gm`: that regular expression starts over at
 * every space of an indentation, which made tidying most of the time it took to write a large site.
 */
function trimLineEnds(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let end = line.length;
      while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
      return end === line.length ? line : line.slice(0, end);
    })
    .join('\n');
}
