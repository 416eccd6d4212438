import Handlebars from 'handlebars';
import type { PlanModel } from '../../model/plan-model.js';
import { FONT_FAMILY, fontFaceCss } from '../print/fonts.js';
import type { TemplateSet } from '../templates.js';
import { CARD, cardSheets, cutMarks, sheetLayout } from './card-sheets.js';
import { walletCards } from './card-view.js';

/**
 * The wallet cards as one HTML document for Chromium (`templates/print/cards.hbs`): a front sheet and a mirrored
 * back sheet per 10 cards (8 on Letter), with cut marks, in the binder's fonts. Self-contained like the binder.
 */
export function renderCardsHtml(
  plan: PlanModel,
  templates: TemplateSet,
  options: { fontDir: string; paper: 'a4' | 'letter' },
): string {
  const layout = sheetLayout(options.paper);
  return templates.render('print/cards', {
    organization: plan.data.plan.organization,
    // Our own CSS: inside <style>, HTML escaping would break its quotes.
    fontCss: new Handlebars.SafeString(fontFaceCss(options.fontDir)),
    fontFamily: FONT_FAMILY,
    layout,
    card: CARD,
    marks: cutMarks(layout),
    sheets: cardSheets(walletCards(plan), layout),
  });
}
