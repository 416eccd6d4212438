import type { SourceCommit } from '../../git/revisions.js';
import type { ViewModel } from '../view/view-model.js';

/** What every page of the binder says about itself, in its header and footer. */
export interface PrintHeader {
  organization: string;
  version: string | null;
  /** The short commit, or words for a binder that no commit describes. */
  commit: string;
  classification: string | null;
  /** YYYY-MM-DD. */
  /** The valid-until date; null when the plan is already out of date. */
  validUntil: string | null;
}

/** Page margins: the header and footer are drawn inside the top and bottom ones. */
export const PAGE_MARGIN = { top: '19mm', bottom: '17mm', left: '15mm', right: '15mm' } as const;

/** How the binder names the commit it was printed from. */
export function commitLabel(commit: SourceCommit | null): string {
  if (!commit) return 'not under version control';
  return commit.dirty ? `${commit.short} with uncommitted changes` : commit.short;
}

/** The header of a view: what `printPdf` prints on every page. */
export function printHeader(view: ViewModel): PrintHeader {
  return {
    organization: view.meta.organization,
    version: view.meta.version,
    commit: commitLabel(view.meta.commit),
    classification: view.meta.classification,
    validUntil: view.meta.validUntil,
  };
}

/** "commit 1a2b3c4", but "not under version control" as it is. */
function commitWords(commit: string): string {
  return /^[0-9a-f]{4,}\b/i.test(commit) ? `commit ${commit}` : commit;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// The header and footer are separate documents: no scripts, no stylesheets, no web fonts (a system sans-serif,
// embedded like the rest), and an explicit font size, or Chromium prints them at a size too small to read.
const BAR =
  'width:100%;margin:0 15mm;display:flex;justify-content:space-between;align-items:baseline;gap:6mm;' +
  "font-family:Arial,'Liberation Sans',Helvetica,sans-serif;font-size:8pt;color:#333;" +
  '-webkit-print-color-adjust:exact;print-color-adjust:exact;';

/** Organization and version on the left; the classification on the right, boxed so it cannot be missed. */
export function headerTemplate(header: PrintHeader): string {
  const classification = header.classification?.trim()
    ? `<span style="border:0.8pt solid #333;padding:0.3mm 1.5mm;font-weight:bold;letter-spacing:0.3pt">` +
      `${escapeHtml(header.classification.toUpperCase())}</span>`
    : '<span></span>';
  return (
    `<div style="${BAR}padding-top:7mm"><span>${escapeHtml(header.organization)}` +
    `${header.version ? ` &middot; plan version ${escapeHtml(header.version)}` : ''}</span>${classification}</div>`
  );
}

function validity(validUntil: string | null): string {
  return validUntil ? `Valid until <b>${escapeHtml(validUntil)}</b>` : '<b>Out of date</b>: see the cover';
}

/** Valid-until date and source commit on the left; "Page N of M" on the right, in bold. */
export function footerTemplate(header: PrintHeader): string {
  return (
    `<div style="${BAR}padding-bottom:6mm"><span>${validity(header.validUntil)} &middot; ` +
    `${escapeHtml(commitWords(header.commit))}</span><span style="font-size:9pt;white-space:nowrap">Page ` +
    `<b class="pageNumber"></b> of <span class="totalPages"></span></span></div>`
  );
}
