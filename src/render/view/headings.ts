import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const HEADING = /^h([1-6])$/;

/**
 * Shifts the headings of a Markdown fragment so that its highest one becomes `top`: a procedure that starts with
 * `# Title` sits under the page's own `<h2>` without breaking the heading order (h4-h6 keep their depth).
 */
export function demoteHeadings(tree: Root, top: number): void {
  const headings: [Element, number][] = [];
  visit(tree, 'element', (node) => {
    const level = HEADING.exec(node.tagName)?.[1];
    if (level) headings.push([node, Number(level)]);
  });
  if (headings.length === 0) return;
  const shift = top - Math.min(...headings.map(([, level]) => level));
  for (const [node, level] of headings) node.tagName = `h${Math.min(6, Math.max(1, level + shift))}`;
}
