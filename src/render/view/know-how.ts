import type { PlanModel } from '../../model/plan-model.js';
import { telUrl } from '../safe-url.js';

interface Able {
  id: string;
  name: string;
  phone: string;
  phoneHref: string | null;
}

/** One know-how item as printed: only people still here, and whether it is a single point of failure. */
export interface KnowHowView {
  id: string;
  what: string;
  holders: Able[];
  cover: Able[];
  where: string | null;
  notes: string | null;
  /** Fewer than two people still here can do it. */
  gap: boolean;
}

export function knowHowViews(plan: PlanModel): KnowHowView[] {
  const here = (ids: readonly string[] | undefined): Able[] =>
    (ids ?? []).flatMap((id) => {
      const person = plan.people.get(id);
      if (!person || person.status === 'left') return [];
      return [{ id, name: person.name, phone: person.phone ?? '', phoneHref: telUrl(person.phone) ?? null }];
    });
  return (plan.data.know_how ?? []).map((item) => {
    const holders = here(item.holders);
    const cover = here(item.cover).filter((c) => !holders.some((h) => h.id === c.id));
    return {
      id: item.id,
      what: item.what,
      holders,
      cover,
      where: item.where ?? null,
      notes: item.notes ?? null,
      gap: holders.length + cover.length < 2,
    };
  });
}
