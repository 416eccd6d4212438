import type { TemplateSet } from '../templates.js';
import { binderView, type PrintView } from './binder-view.js';

export type { PrintCharts, PrintView } from './binder-view.js';

/**
 * The binder as one HTML document for Chromium to print (`templates/print/binder.hbs`). Self-contained: the
 * stylesheet is inline (the `print-style` partial) and the fonts are `file:` URLs into `fontDir`, so the print
 * needs nothing but the fonts and never the network. Page numbers in the contents are placeholders that
 * `printPdf` fills in.
 */
export function renderPrintHtml(view: PrintView, templates: TemplateSet, assets: { fontDir: string }): string {
  return templates.render('print/binder', binderView(view, assets.fontDir));
}
