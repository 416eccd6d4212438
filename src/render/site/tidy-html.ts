/**
 * Drops the trailing spaces and blank lines that template indentation leaves, outside `<pre>` and `<script>`
 * (a script's bytes are fixed by its CSP hash).
 */
export function tidyHtml(html: string): string {
  return (
    html
      .split(/(<pre\b[\s\S]*?<\/pre>|<script\b[\s\S]*?<\/script>)/i)
      .map((part, index) => (index % 2 === 1 ? part : part.replace(/[ \t]+$/gm, '').replace(/\n{2,}/g, '\n')))
      .join('')
      .trim() + '\n'
  );
}
