import Handlebars from 'handlebars';

const HEADING = /<(\/?)h([1-6])(?=[\s>])/g;

/**
 * Shifts the headings of sanitized Markdown HTML so that its highest one becomes `top`: a procedure that starts
 * with `# Title` sits under the page's own `<h2>` without breaking the heading order (h4-h6 keep their depth).
 */
export function demoteHeadings(html: Handlebars.SafeString, top: number): Handlebars.SafeString {
  const text = html.toString();
  const levels = [...text.matchAll(HEADING)].map((match) => Number(match[2]));
  if (levels.length === 0) return html;
  const shift = top - Math.min(...levels);
  const shifted = text.replace(HEADING, (_, slash: string, level: string) => {
    return `<${slash}h${Math.min(6, Math.max(1, Number(level) + shift))}`;
  });
  return new Handlebars.SafeString(shifted);
}
