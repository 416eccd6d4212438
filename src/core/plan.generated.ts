/* Generated from schemas/plan.schema.json by scripts/generate-types.mjs. Do not edit: run `npm run generate:types`. */

/**
 * A short name that other parts of the plan use to point here: lowercase letters, digits and hyphens.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "id".
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "personRef".
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "systemRef".
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "vendorRef".
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "premisesRef".
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "scenarioRef".
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "documentRef".
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "templateRef".
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "formRef".
 */
export type Id = string;
/**
 * A calendar date written YYYY-MM-DD.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "date".
 */
export type CalendarDate = string;
/**
 * A length of time: a number and a unit, m (minutes), h (hours), d (days) or w (weeks). ISO 8601 (PT4H, P2D) is accepted too.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "duration".
 */
export type Duration = string;
/**
 * A phone number as you would dial it, international form preferred. Quote it in YAML so a leading + or 0 is kept.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "phone".
 */
export type Phone = string;
/**
 * An e-mail address.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "email".
 */
export type Email = string;
/**
 * How much the business depends on it: critical means work stops without it. `tbc` when not decided yet.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "criticality".
 */
export type Criticality = ('critical' | 'high' | 'medium' | 'low' | 'tbc') | Tbc;
/**
 * A web address starting with https:// or http://.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "url".
 */
export type Url = string;
/**
 * A length of time (30m, 4h, 2d, 1w), `tbc` when nobody knows yet (or `tbc:` with who finds out), or `none` when it does not apply (a phone outage loses no data: `rpo: none`).
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "objective".
 */
export type Objective = string | Tbc;
/**
 * Words, or `tbc` (or `tbc:` with who finds out) when nobody knows yet.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "text".
 */
export type Text = string | Tbc;
/**
 * Steps to follow in order.
 *
 * @minItems 1
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "steps".
 */
export type Steps = [Step, ...Step[]];
/**
 * One thing to do, in order. Either a sentence, or an object with the action, who does it and the documents it needs.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "step".
 */
export type Step = string | DetailedStep;
/**
 * A step's name within its list: lowercase letters, digits and hyphens. Unique within the list, not across the plan.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "stepId".
 */
export type StepId = string;
/**
 * The id of a person in `people`, or `tbc` (or `tbc:` with who decides) when nobody is named yet.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "personOrTbc".
 */
export type PersonOrTbc = Id | Tbc;
/**
 * Steps to follow in order, or `tbc` (or `tbc:` with who writes them) when they are not worked out yet.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "stepsOrTbc".
 */
export type StepsOrTbc = Steps | 'tbc' | Tbc;
/**
 * The path of a Markdown file inside the plan folder, relative to the plan folder, for text too long to keep in YAML.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "markdownPath".
 */
export type MarkdownPath = string;
/**
 * tabletop: the team talks through a scenario; functional: one system is switched off for 2-4 hours and the team works without it; full-scale: a whole business day on backup procedures.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "exerciseType".
 */
export type ExerciseType = 'tabletop' | 'functional' | 'full-scale';
/**
 * A line to write on: its label, or a mapping with the label and `wide: true` for a full-width line.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "formField".
 */
export type FormField =
  | string
  | {
      /**
       * What to write there.
       */
      label: string;
      /**
       * A line across the whole width of the page.
       */
      wide?: boolean;
    };
/**
 * A column of the ruled table: its heading, or a mapping with the heading and its width (`narrow`, `wide`) or `tick: true` for a box to tick.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "formColumn".
 */
export type FormColumn =
  | string
  | {
      /**
       * The column heading.
       */
      label: string;
      /**
       * How much room to write.
       */
      width?: 'narrow' | 'normal' | 'wide';
      /**
       * The column holds a box to tick.
       */
      tick?: boolean;
    };

/**
 * One file of a bcp plan folder. plan.yaml holds `plan:`; any other YAML file in the folder may hold further sections, and list sections from several files are joined.
 */
export interface PlanData {
  plan?: Plan;
  /**
   * The team and outsourced helpers, with deputies.
   */
  people?: Person[];
  /**
   * What only some people know how to do (an admin password, payroll, the imaging server): each item with who holds it and who covers.
   */
  know_how?: KnowHow[];
  /**
   * The tech-stack inventory.
   */
  systems?: System[];
  /**
   * Suppliers, partners and providers, with their backups.
   */
  vendors?: Vendor[];
  /**
   * Sites, alternates and call rerouting.
   */
  premises?: Premises[];
  /**
   * The disruptions planned for.
   */
  scenarios?: Scenario[];
  communication?: CommunicationPlan;
  /**
   * Resources for working without systems.
   */
  documents?: Document[];
  /**
   * Blank forms to fill in by hand while systems are down, printed in the binder and shown on the site. A plan with no forms prints none.
   */
  forms?: Form[];
  contacts?: CriticalContacts;
  /**
   * Rehearsals of the plan and what they found.
   */
  exercises?: Exercise[];
  testing?: TestingCadence;
}
/**
 * Facts about the plan itself. Lives in plan.yaml.
 */
export interface Plan {
  /**
   * The business this plan protects.
   */
  organization: string;
  /**
   * The plan's title, printed on the cover.
   */
  title?: string;
  /**
   * The plan's version, if you number them. Quote it in YAML so 1.10 stays 1.10.
   */
  version?: string;
  owner: Id;
  deputy?: Id;
  reviewed: CalendarDate;
  review_interval: Duration;
  /**
   * Who may read it.
   */
  classification?: string;
  /**
   * Where printed and offline copies of the plan are kept, off the premises.
   */
  copies?: Copy[];
  /**
   * Numbers everyone must have to hand, printed on every wallet card: emergency services, the IT urgent line, the building manager.
   */
  emergency_numbers?: EmergencyNumber[];
  /**
   * Paths in the repository (globs) whose change means the tech stack changed and the plan must be reviewed.
   */
  tech_paths?: string[];
}
/**
 * One place where a copy is kept, so it can be found when systems are down.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "copy".
 */
export interface Copy {
  /**
   * Where this copy is kept.
   */
  location: string;
  /**
   * What the copy is.
   */
  format?: 'paper' | 'usb' | 'laptop' | 'cloud' | 'phone';
  holder?: Id;
  printed?: Printing;
}
/**
 * When a copy was made and what it was made from. The binder's cover shows both: the version, and the commit it was printed from.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "printing".
 */
export interface Printing {
  on: CalendarDate;
  /**
   * The plan version on the copy's cover. Quote it in YAML so 1.10 stays 1.10.
   */
  version?: string;
  /**
   * The commit on the copy's cover ("From commit"): 7 to 40 hexadecimal characters. The surest way to tell what the copy holds.
   */
  commit?: string;
}
export interface EmergencyNumber {
  /**
   * Who answers, in a few words.
   */
  name: string;
  /**
   * The number as you would dial it; short numbers such as 000, 911 or 112 are fine. Quote it in YAML.
   */
  phone: string;
}
/**
 * Someone on the team, or someone from outside (a contractor, a locum, an advisor) the business depends on.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "person".
 */
export interface Person {
  id: Id;
  /**
   * Full name.
   */
  name: string;
  /**
   * What they do.
   */
  role: string;
  /**
   * The team they work in, in your own words ("Front desk", "Kitchen"). bcp prints a one-page extract per team; someone without a team gets one under their role.
   */
  team?: string;
  /**
   * How they work with the business, in your own words: staff unless said otherwise.
   */
  kind?: ('staff' | 'owner' | 'contractor' | 'locum' | 'agency' | 'volunteer' | 'advisor' | 'other') | string;
  /**
   * Their own company, for people from outside (a contractor, a locum agency).
   */
  organization?: string;
  phone?: Phone;
  mobile?: Phone;
  email?: Email;
  deputy?: Id;
  /**
   * What they know how to do that the business needs; a deputy should know it too.
   */
  know_how?: string[];
  /**
   * Whether they are called when a disruption starts.
   */
  call_tree?: boolean;
  /**
   * Who this person calls next when the call tree is started.
   */
  calls?: Id[];
  /**
   * Whether they still work with us; someone who left should be replaced everywhere they are named.
   */
  status?: 'active' | 'left';
  left_on?: CalendarDate;
  /**
   * Anything else to know.
   */
  notes?: string;
}
/**
 * One thing the business needs someone to know, with who knows it and who covers when they cannot.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "knowHow".
 */
export interface KnowHow {
  id: Id;
  /**
   * What must be known or done, in words.
   */
  what: string;
  /**
   * Who knows it today.
   *
   * @minItems 1
   */
  holders: [Id, ...Id[]];
  /**
   * Who can do it when no holder can: cross-trained, or holding the sealed password. Leave out while nobody can.
   */
  cover?: Id[];
  /**
   * Where the instructions or the sealed secret are kept, if anywhere.
   */
  where?: string;
  /**
   * Anything else to know.
   */
  notes?: string;
}
/**
 * A system in the tech stack the business runs on.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "system".
 */
export interface System {
  id: Id;
  /**
   * The product name people use for it.
   */
  name: string;
  /**
   * Other names people use for it, so that procedures naming it are recognised.
   */
  aliases?: string[];
  /**
   * What kind of system it is, in your own words; the suggestions are common kinds.
   */
  category?:
    | (
        | 'crm'
        | 'accounting'
        | 'email'
        | 'chat'
        | 'telephony'
        | 'payments'
        | 'storage'
        | 'e-commerce'
        | 'erp'
        | 'internet'
        | 'website'
        | 'backup'
        | 'practice-management'
        | 'clinical'
        | 'point-of-sale'
        | 'booking'
        | 'payroll'
        | 'document-management'
        | 'other'
      )
    | string;
  vendor?: Id;
  owner?: Id;
  criticality?: Criticality;
  /**
   * active while in use; retired once replaced (keep it so old names are recognised).
   */
  status?: 'active' | 'retired';
  replaced_by?: Id;
  last_changed?: CalendarDate;
  /**
   * Where it runs.
   */
  hosting?: 'cloud' | 'on-premises' | 'hybrid';
  url?: Url;
  /**
   * The data it holds.
   */
  holds?: string[];
  fallback_system?: Id;
  /**
   * What to work with when this system fails: another system, a fallback document, a blank form, or words.
   */
  fallbacks?: (
    | string
    | {
        system?: Id;
        document?: Id;
        form?: Id;
      }
  )[];
  /**
   * Backups of this system's data.
   */
  backups?: Backup[];
  /**
   * Anything else to know.
   */
  notes?: string;
}
/**
 * A fact nobody knows yet: write `tbc`, or `tbc:` with who finds out. Printed as "to be confirmed", never as a value, and listed on the plan-health page.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "tbc".
 */
export interface Tbc {
  /**
   * Who will find out, and by when if agreed.
   */
  tbc: string;
}
/**
 * A copy of a system's data kept somewhere independent of the system.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "backup".
 */
export interface Backup {
  id: Id;
  /**
   * What is backed up.
   */
  what: string;
  interval?: Objective;
  location: Text;
  /**
   * How the backup is made.
   */
  method?: string;
  owner?: Id;
  verify_every?: Duration;
  /**
   * Times the backup was actually restored and checked.
   */
  restore_tests?: RestoreTest[];
}
/**
 * One restore of the backup.
 */
export interface RestoreTest {
  date: CalendarDate;
  by?: Id;
  /**
   * Whether the restored data was complete and usable.
   */
  result: 'passed' | 'partial' | 'failed';
  /**
   * How many records the live system held.
   */
  records_expected?: number;
  /**
   * How many records the restored copy held.
   */
  records_restored?: number;
  /**
   * true when the record counts were compared with the live system and matched, but the numbers were not kept. Better: write `records_expected` and `records_restored`.
   */
  counts_compared?: boolean;
  /**
   * What was found.
   */
  notes?: string;
}
/**
 * A supplier, manufacturer, logistics partner, agency or software provider the business depends on.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "vendor".
 */
export interface Vendor {
  id: Id;
  /**
   * The company name.
   */
  name: string;
  /**
   * What sort of vendor it is.
   */
  kind?:
    | 'software'
    | 'supplier'
    | 'manufacturer'
    | 'logistics'
    | 'agency'
    | 'telecom'
    | 'internet'
    | 'payments'
    | 'bank'
    | 'landlord'
    | 'insurer'
    | 'other';
  /**
   * What they provide.
   */
  service: string;
  criticality?: Criticality;
  /**
   * Our account or customer number with them.
   */
  account?: string;
  /**
   * Contract reference, term or renewal date.
   */
  contract?: string;
  support?: Support;
  /**
   * Named people at the vendor.
   */
  contacts?: Contact[];
  backup_vendor?: Id;
  /**
   * Anything else to know.
   */
  notes?: string;
}
/**
 * How to reach their support.
 */
export interface Support {
  phone?: Phone;
  email?: Email;
  url?: Url;
  status_page?: Url;
  /**
   * When support answers.
   */
  hours?: string;
  /**
   * Where the PIN, password or security answer that their support asks for is kept (never the PIN itself): "password manager, entry 'Brightpearl support'".
   */
  pin_location?: string;
}
/**
 * A person to call at an organization.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "contact".
 */
export interface Contact {
  /**
   * Who to ask for.
   */
  name: string;
  /**
   * What they do for us.
   */
  role?: string;
  phone?: Phone;
  mobile?: Phone;
  email?: Email;
  /**
   * When they can be reached.
   */
  hours?: string;
  /**
   * Anything a caller should know.
   */
  notes?: string;
}
/**
 * A site the business works from.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "premises".
 */
export interface Premises {
  id: Id;
  /**
   * What people call the site.
   */
  name: string;
  /**
   * Street address.
   */
  address?: string;
  phone?: Phone;
  alternate?: Id;
  /**
   * Keys, alarm codes holder, building manager.
   */
  access?: string;
  call_rerouting?: CallRerouting;
  /**
   * Data kept on machines at this site and how to get at it from elsewhere.
   */
  local_data?: LocalData[];
  /**
   * Anything else to know.
   */
  notes?: string;
}
/**
 * How to send calls for this site somewhere else.
 */
export interface CallRerouting {
  provider?: Id;
  /**
   * The numbers to reroute.
   */
  numbers?: Phone[];
  divert_to?: Phone;
  steps: Steps;
  undo?: Steps;
}
/**
 * One thing to do, with who does it.
 */
export interface DetailedStep {
  /**
   * What to do, as an instruction.
   */
  action: string;
  owner?: Id;
  /**
   * Fallback documents this step uses.
   */
  documents?: Id[];
  /**
   * Extra detail for this step.
   */
  note?: string;
  id?: StepId;
  takes?: Duration;
  /**
   * The steps of the same list (by id) that must be finished before this one starts. Without it, a step waits for the step before; `[]` means it starts at once, in parallel.
   */
  after?: StepId[];
  /**
   * The condition under which this step applies, in words: the step is a decision, printed as "If …, then …". With `go_to`, the step sends the reader to another scenario.
   */
  if?: string;
  go_to?: Id;
  /**
   * Premises whose details this step uses (for example the call-rerouting steps of the main office): printed with their page in the binder.
   */
  premises?: Id[];
  /**
   * Message templates this step sends: printed by title, with their page in the binder.
   */
  templates?: Id[];
}
/**
 * Data kept on a machine at the site.
 */
export interface LocalData {
  /**
   * The data.
   */
  what: string;
  /**
   * Which machine or drive.
   */
  where: string;
  /**
   * How to reach it when the site is closed.
   */
  access?: string;
}
/**
 * A disruption the business plans for, and what to do when it happens.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "scenario".
 */
export interface Scenario {
  id: Id;
  /**
   * A short name a person under stress will recognise.
   */
  title: string;
  /**
   * The everyday words people use for this disruption ("fire, flood, power cut"), printed under the title so that a reader under stress finds the scenario.
   */
  also_called?: string[];
  /**
   * Which common disruption this is.
   */
  kind:
    | 'system-outage'
    | 'internet-outage'
    | 'key-person'
    | 'premises-loss'
    | 'vendor-failure'
    | 'cyber-incident'
    | 'other';
  /**
   * What happens in this scenario.
   */
  description?: string;
  impact?: Text;
  /**
   * What it costs the business, roughly.
   */
  financial_impact?: string;
  /**
   * When the fallback procedure starts; `tbc:` with who decides when it is not agreed yet.
   */
  trigger?: 'tbc' | Trigger;
  mtd?: Objective;
  rto?: Objective;
  rpo?: Objective;
  lead: PersonOrTbc;
  /**
   * Systems affected or needed.
   */
  systems?: Id[];
  /**
   * Vendors involved.
   */
  vendors?: Id[];
  /**
   * Sites affected.
   */
  premises?: Id[];
  /**
   * People whose absence this scenario is about, or who are needed.
   */
  people?: Id[];
  /**
   * Documents used while working around.
   */
  documents?: Id[];
  workaround: StepsOrTbc;
  recovery?: StepsOrTbc;
  back_to_normal?: StepsOrTbc;
  procedure?: MarkdownPath;
  communication?: ScenarioCommunication;
  /**
   * Which kinds of exercise must cover this scenario, each within the plan's testing cadence.
   */
  exercise_types?: ExerciseType[];
}
/**
 * When the fallback procedure starts; `tbc:` with who decides when it is not agreed yet.
 */
export interface Trigger {
  after?: Objective;
  /**
   * What starts the fallback, in words.
   */
  description?: string;
  /**
   * The trigger is not agreed yet: who decides it.
   */
  tbc?: string;
}
/**
 * Who tells whom what during this scenario; anything left out comes from the plan's `communication` section.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "scenarioCommunication".
 */
export interface ScenarioCommunication {
  lead?: Id;
  update_every?: Duration;
  /**
   * Messages to use in this scenario.
   */
  templates?: Id[];
}
/**
 * Who keeps everyone informed during a disruption, and how.
 */
export interface CommunicationPlan {
  lead: Id;
  deputy?: Id;
  update_every: Duration;
  /**
   * Ways to reach the team and customers when normal tools are down.
   */
  channels?: Channel[];
  /**
   * Ready-written messages.
   */
  templates?: Template[];
}
/**
 * A way to send messages.
 */
export interface Channel {
  /**
   * The channel.
   */
  name: string;
  /**
   * When and for whom to use it.
   */
  use: string;
}
/**
 * A ready-written message to send during a disruption.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "template".
 */
export interface Template {
  id: Id;
  /**
   * What the message is for.
   */
  title: string;
  /**
   * Who receives it.
   */
  audience: 'customers' | 'staff' | 'suppliers' | 'public';
  /**
   * How it is sent.
   */
  channel?: string;
  /**
   * The message itself (Markdown). Write {{placeholders}} in words, like [expected time].
   */
  text: string;
}
/**
 * A resource used when systems are down: a master form, the price list, a contact list, a written procedure.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "document".
 */
export interface Document {
  id: Id;
  /**
   * What it is called.
   */
  title: string;
  /**
   * What sort of document it is.
   */
  kind: 'master-document' | 'form' | 'price-list' | 'contact-list' | 'script' | 'checklist' | 'procedure' | 'other';
  /**
   * What it is for.
   */
  description?: string;
  owner?: Id;
  /**
   * Where copies are kept.
   */
  copies?: Copy[];
  /**
   * When it must be refreshed, in words.
   */
  refresh?: string;
  review_interval?: Duration;
  reviewed?: CalendarDate;
  file?: MarkdownPath;
}
/**
 * A blank form, defined once and printed the same way in the binder and on the site.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "form".
 */
export interface Form {
  id: Id;
  /**
   * The form's name, printed at the top.
   */
  title: string;
  /**
   * What the form is for and what happens to it afterwards, printed under the title.
   */
  purpose?: string;
  /**
   * Lines to fill in at the top of the form.
   */
  fields?: FormField[];
  /**
   * Groups of boxes to tick, like Order / Quote.
   */
  choices?: Choice[];
  /**
   * The headings of a ruled table to write in, one row per entry.
   */
  columns?: FormColumn[];
  /**
   * How many blank rows the table has.
   */
  rows?: number;
  /**
   * Rows under the table for totals, like Subtotal, Tax, Total.
   */
  totals?: string[];
  /**
   * Lines to fill in at the end, like Taken by, Date, Signature.
   */
  closing_fields?: FormField[];
}
/**
 * A group of boxes to tick.
 */
export interface Choice {
  /**
   * What the choice is about.
   */
  label?: string;
  /**
   * One box each.
   *
   * @minItems 1
   */
  options: [string, ...string[]];
}
/**
 * The critical contacts list kept outside the CRM: active deals, key buyers and sellers, team and vendor contacts.
 */
export interface CriticalContacts {
  owner?: Id;
  reviewed: CalendarDate;
  review_interval: Duration;
  /**
   * Where copies of the list are kept.
   */
  copies?: Copy[];
  /**
   * The contacts.
   */
  entries: CriticalContact[];
}
/**
 * Someone the business must be able to reach without its systems.
 */
export interface CriticalContact {
  /**
   * Who.
   */
  name: string;
  /**
   * Their company.
   */
  organization?: string;
  /**
   * Why they matter.
   */
  kind: 'customer' | 'buyer' | 'seller' | 'supplier' | 'partner' | 'authority' | 'other';
  phone?: Phone;
  email?: Email;
  /**
   * Open deals or anything else to know.
   */
  notes?: string;
}
/**
 * A rehearsal of one or more scenarios, and what it taught.
 *
 * This interface was referenced by `PlanData`'s JSON-Schema
 * via the `definition` "exercise".
 */
export interface Exercise {
  id: Id;
  /**
   * A short name.
   */
  title?: string;
  date: CalendarDate;
  type: ExerciseType;
  /**
   * The scenarios rehearsed.
   *
   * @minItems 1
   */
  scenarios: [Id, ...Id[]];
  facilitator?: Id;
  /**
   * Who took part.
   */
  participants?: Id[];
  duration?: Duration;
  /**
   * What happened.
   */
  summary?: string;
  /**
   * What went well.
   */
  worked?: string[];
  /**
   * What went wrong.
   */
  failed?: string[];
  /**
   * What in the plan must change.
   */
  updates?: string[];
  /**
   * What people did not know.
   */
  training_gaps?: string[];
  /**
   * Follow-up actions from the review.
   */
  actions?: Action[];
}
/**
 * A follow-up action.
 */
export interface Action {
  /**
   * What must be done.
   */
  action: string;
  owner: Id;
  due: CalendarDate;
  done?: CalendarDate;
}
/**
 * How often each kind of exercise must cover a scenario.
 */
export interface TestingCadence {
  tabletop?: Duration;
  functional?: Duration;
  'full-scale'?: Duration;
}
