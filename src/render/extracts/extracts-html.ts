import Handlebars from 'handlebars';
import type { PlanModel } from '../../model/plan-model.js';
import { FONT_FAMILY, fontFaceCss } from '../print/fonts.js';
import type { TemplateSet } from '../templates.js';
import { teamExtracts } from './extract-view.js';

/**
 * The team extracts as one HTML document for Chromium (`templates/print/extracts.hbs`): a page per team, in the
 * binder's fonts, self-contained like the binder and the cards.
 */
export function renderExtractsHtml(
  plan: PlanModel,
  templates: TemplateSet,
  options: { fontDir: string; paper: 'a4' | 'letter' },
): string {
  return templates.render('print/extracts', {
    organization: plan.data.plan.organization,
    // Our own CSS: inside <style>, HTML escaping would break its quotes.
    fontCss: new Handlebars.SafeString(fontFaceCss(options.fontDir)),
    fontFamily: FONT_FAMILY,
    paper: options.paper === 'a4' ? 'A4' : 'letter',
    extracts: teamExtracts(plan),
  });
}
