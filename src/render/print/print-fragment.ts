import Handlebars from 'handlebars';
import { crossReference, markdownTarget, pageSuffix, type CrossTarget } from './cross-references.js';

export interface FragmentOptions {
  /** The heading level that a Markdown `##` becomes, so the fragment's headings nest under the binder's. */
  top: number;
  /** Drop a leading `# Title`: the binder prints its own heading for the document. */
  dropTitle: boolean;
  /**
   * What the text may refer to: an id written as code (`internet-outage`) or a link to another Markdown file of
   * the plan becomes a link with the title and page of what it names.
   */
  targets?: Map<string, CrossTarget>;
}

const LEADING_TITLE = /^\s*<h1>[\s\S]*?<\/h1>\s*/;
const HEADING = /<h([1-6])>([\s\S]*?)<\/h\1>/g;
// A GitHub task item as remark-gfm writes it, or the plain `[ ]` text that Markdown without GFM leaves.
const TASK =
  /<li class="task-list-item">(\s*<p>)?<input type="checkbox"( checked)?[^>]*>\s*|<li>(\s*<p>)?\[( |x|X)\]\s*/g;
const LINK = /<a href="([^"]*)"([^>]*)>([\s\S]*?)<\/a>/g;
const PRINTABLE_LINK = /^(https?:|mailto:|tel:|#)/i;
const IMAGE = /<img\b([^>]*)>/g;
const CODE = /<code>([a-z0-9][a-z0-9-]*)<\/code>/g;

/**
 * Adapts sanitised Markdown HTML for paper. Headings move down to sit under the binder's own (bookmarks are
 * made from headings, so a procedure's `# Title` must not become a top-level bookmark); `[ ]` task items get
 * a printed tick box; links to other files lose their href (in a PDF they would become links to the build's
 * temporary folder); a web link whose text is not its address gets the address in brackets, to type in.
 * Pictures that are not embedded (`data:`) become a note: the print fetches nothing from the web, and the
 * plan's own files are not next to the print HTML.
 *
 * It rewrites only markup that rehype-stringify wrote: text in sanitised HTML has its `<` escaped, so the
 * patterns cannot match plan text.
 */
export function printFragment(html: string, options: FragmentOptions): string {
  const shift = options.top - 2;
  const targets = options.targets ?? new Map<string, CrossTarget>();
  return (options.dropTitle ? html.replace(LEADING_TITLE, '') : html)
    .replace(HEADING, (_heading, level: string, text: string) => {
      const moved = Math.min(6, Math.max(1, Number(level) + shift));
      // One line of text: headings keep their spaces (white-space: pre-wrap) for the bookmarks' sake.
      return `<h${moved}>${text.replace(/\s+/g, ' ').trim()}</h${moved}>`;
    })
    .replace(TASK, (_item, gfmParagraph?: string, gfmChecked?: string, paragraph?: string, mark?: string) => {
      const checked = Boolean(gfmChecked) || (mark !== undefined && mark !== ' ');
      const box = checked ? '<span class="box checked"></span>' : '<span class="box"></span>';
      return `<li class="task">${gfmParagraph ?? paragraph ?? ''}${box}`;
    })
    .replace(IMAGE, (image, attributes: string) => {
      if (/\ssrc="data:image\//i.test(attributes)) return image;
      const alt = /\salt="([^"]*)"/.exec(attributes)?.[1];
      return `<span class="no-picture">[Picture not printed${alt ? `: ${alt}` : ''}]</span>`;
    })
    .replace(LINK, (link, href: string, rest: string, text: string) => {
      if (!PRINTABLE_LINK.test(href)) {
        const target = markdownTarget(href, targets);
        return target
          ? `<a class="xref" href="#${target.anchor}">${text}${pageSuffix(target.anchor)}</a>`
          : `<a${rest}>${text}</a>`;
      }
      if (!/^https?:/i.test(href) || text.replace(/<[^>]*>/g, '') === href) return link;
      return `${link} <span class="url">(${href})</span>`;
    })
    .replace(CODE, (code, id: string) => {
      const target = targets.get(id);
      return target ? crossReference(target) : code;
    });
}

/** `printFragment` for a SafeString from the view, keeping it safe for templates. */
export function printSafe(html: Handlebars.SafeString, options: FragmentOptions): Handlebars.SafeString {
  return new Handlebars.SafeString(printFragment(html.toString(), options));
}
