import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/load/load-plan.js';
import type { PlanData } from '../../src/core/plan.generated.js';
import { redactPlanData } from '../../src/model/redact.js';
import { hiddenValues, sensitiveFields } from '../../src/model/sensitive-fields.js';

let data: PlanData;
beforeAll(async () => {
  data = (await loadPlan('plan')).data;
});

const field = (pattern: string) => sensitiveFields().find((f) => f.pattern.join('.') === pattern);

describe('sensitive fields, read from the schema', () => {
  it('finds the marks through $refs, with whether the schema requires the value', () => {
    expect(field('people.*.phone')).toEqual({
      pattern: ['people', '*', 'phone'],
      sensitivity: 'personal',
      required: true,
      phone: true,
    });
    expect(field('people.*.email')).toMatchObject({ sensitivity: 'personal', required: false, phone: false });
    expect(field('vendors.*.contacts.*.mobile')).toMatchObject({ sensitivity: 'personal', phone: true });
    expect(field('vendors.*.account')).toMatchObject({ sensitivity: 'secret' });
    expect(field('know_how.*.where')).toMatchObject({ sensitivity: 'secret', required: false });
    expect(field('premises.*.local_data.*.access')).toMatchObject({ sensitivity: 'secret' });
    expect(field('plan.emergency_numbers.*.phone')).toBeUndefined();
    expect(field('vendors.*.support.phone')).toBeUndefined();
  });

  it('keeps a value the plan also states in an unmarked field', () => {
    const kestrel = data.contacts?.entries?.find((entry) => entry.name === 'Kestrel IT urgent line');
    expect(kestrel?.phone).toBeTruthy();
    const hidden = hiddenValues(data, 'public').map(({ value }) => value);
    expect(hidden).not.toContain(kestrel?.phone);
    expect(hidden).toContain(data.people?.[0]?.phone);
  });
});

describe('redactPlanData', () => {
  it('gives owners the data itself', () => {
    expect(redactPlanData(data, 'owners')).toBe(data);
  });

  it('leaves secrets out of a staff copy and keeps people’s phones', () => {
    const staff = redactPlanData(data, 'staff');
    expect(staff.vendors?.some((vendor) => 'account' in vendor)).toBe(false);
    expect((staff.know_how ?? []).some((item) => 'where' in item)).toBe(false);
    expect(staff.people?.map((p) => p.phone)).toEqual(data.people?.map((p) => p.phone));
    expect(
      data.vendors?.some((vendor) => 'account' in vendor),
      'the original is untouched',
    ).toBe(true);
  });

  it('gives the main number in place of a person’s phone in a public copy, and drops mobiles and e-mails', () => {
    const main = data.premises?.find((site) => site.phone)?.phone;
    const people = redactPlanData(data, 'public').people ?? [];
    const active = people.filter((person) => person.status !== 'left');
    expect(active.length).toBeGreaterThan(5);
    expect(new Set(active.map((person) => person.phone))).toEqual(new Set([`${main} (main number)`]));
    expect(people.some((person) => 'email' in person)).toBe(false);
    // Raj's mobile is also the IT firm's urgent line among the plan's emergency numbers: public by the owner's choice.
    const emergency = (data.plan?.emergency_numbers ?? []).map((entry) => entry.phone);
    expect(people.filter((person) => 'mobile' in person).map((person) => person.id)).toEqual(['raj-iyer']);
    expect(emergency).toContain(people.find((person) => person.id === 'raj-iyer')?.mobile);
  });

  it('says "through the office" when the plan has no main number, never a blank', () => {
    const noMain = structuredClone(data);
    for (const site of noMain.premises ?? []) delete site.phone;
    const people = redactPlanData(noMain, 'public').people ?? [];
    expect(people.filter((p) => p.status !== 'left').every((p) => p.phone === 'through the office')).toBe(true);
  });

  it('takes a hidden number out of free text however it is written', () => {
    const text = JSON.stringify(redactPlanData(data, 'public').communication);
    expect(JSON.stringify(data.communication)).toContain('02 5550 0109');
    expect(text).not.toContain('02 5550 0109');
    expect(text).toContain('please phone Hannah on the main number');
  });
});
