import type { FormColumn, FormField } from '../../core/plan.generated.js';
import type { PlanModel } from '../../model/plan-model.js';

/** A blank form as both the binder and the site draw it: one definition, two renderings. */
export interface FormView {
  id: string;
  anchor: string;
  title: string;
  purpose: string | null;
  fields: { label: string; wide: boolean }[];
  choices: { label: string | null; options: string[] }[];
  columns: { label: string; width: 'narrow' | 'normal' | 'wide'; tick: boolean }[];
  /** One entry per blank row of the table, so templates can repeat the row. */
  rows: number[];
  /** The blank cells of one row, one per column, saying whether each holds a box to tick. */
  cells: { tick: boolean }[];
  totals: { label: string; span: number }[];
  closingFields: { label: string; wide: boolean }[];
}

const DEFAULT_ROWS = 15;

export function formViews(plan: PlanModel): FormView[] {
  return (plan.data.forms ?? []).map((form) => {
    const columns = (form.columns ?? []).map(columnView);
    const rows = columns.length > 0 ? (form.rows ?? DEFAULT_ROWS) : 0;
    return {
      id: form.id,
      anchor: `form-${form.id}`,
      title: form.title,
      purpose: form.purpose ?? null,
      fields: (form.fields ?? []).map(fieldView),
      choices: (form.choices ?? []).map((choice) => ({ label: choice.label ?? null, options: choice.options })),
      columns,
      rows: Array.from({ length: rows }, (_, index) => index + 1),
      cells: columns.map(({ tick }) => ({ tick })),
      // A total sits under the last column, its label in the one before: it needs a table of two columns or more.
      totals: columns.length >= 2 ? (form.totals ?? []).map((label) => ({ label, span: columns.length - 2 })) : [],
      closingFields: (form.closing_fields ?? []).map(fieldView),
    };
  });
}

function fieldView(field: FormField): FormView['fields'][number] {
  return typeof field === 'string' ? { label: field, wide: false } : { label: field.label, wide: field.wide ?? false };
}

function columnView(column: FormColumn): FormView['columns'][number] {
  return typeof column === 'string'
    ? { label: column, width: 'normal', tick: false }
    : { label: column.label, width: column.width ?? 'normal', tick: column.tick ?? false };
}
