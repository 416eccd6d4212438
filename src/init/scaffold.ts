import path from 'node:path';
import { stringify } from 'yaml';

/** What `bcp init` needs to know to write a plan that states only true facts. */
export interface InitAnswers {
  organization: string;
  /** The plan owner's full name. */
  owner: string;
  ownerRole: string;
  ownerPhone: string;
  /** The plan folder, relative to the project root (default `plan`). */
  planDir: string;
  /** YYYY-MM-DD: the plan is new, so this is the day it was last reviewed. */
  today: string;
}

export interface ScaffoldFile {
  /** Relative to the project root, with forward slashes. */
  path: string;
  text: string;
}

/** Where the editor finds the schemas: the installed copy when it is inside the project, else the published one. */
export interface SchemaLocations {
  plan: string;
  config: string;
}

/** A YAML scalar for any text a user types: quoted when YAML would read it as something else. */
export function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** Always quoted: phone numbers such as +61400123456 would otherwise be read as numbers and lose their plus. */
export function quoted(value: string): string {
  return stringify(value, { lineWidth: 0, defaultStringType: 'QUOTE_SINGLE' }).trimEnd();
}

/** An id from a name: lowercase words joined by hyphens ("Maria Santos" → maria-santos). */
export function idFrom(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  return words?.join('-') ?? 'owner';
}

const modeline = (schema: string): string => `# yaml-language-server: $schema=${schema}`;

/** The files of a new plan, its lint config, its CI workflow: each with comments that say what to write next. */
export function scaffold(answers: InitAnswers, schemas: SchemaLocations, workflow: string): ScaffoldFile[] {
  const dir = answers.planDir;
  const ownerId = idFrom(answers.owner);
  // Paths inside the plan folder are one level deeper than the project root for a relative schema path.
  const planSchema = relativeSchema(schemas.plan, dir);
  return [
    { path: `${dir}/plan.yaml`, text: planFile(answers, ownerId, planSchema) },
    { path: `${dir}/people.yaml`, text: peopleFile(answers, ownerId, planSchema) },
    { path: `${dir}/systems.yaml`, text: systemsFile(planSchema) },
    { path: `${dir}/scenarios.yaml`, text: scenariosFile(ownerId, planSchema) },
    { path: 'bcp.config.yaml', text: configFile(schemas.config) },
    { path: '.github/workflows/plan.yml', text: workflowFor(workflow, dir) },
  ];
}

function relativeSchema(schema: string, planDir: string): string {
  if (/^https?:/.test(schema)) return schema;
  return path.posix.join(path.posix.relative(planDir, '.') || '.', schema);
}

function planFile(answers: InitAnswers, ownerId: string, schema: string): string {
  return `${modeline(schema)}
# The continuity plan of ${answers.organization.replace(/\n/g, ' ')}. bcp reads every *.yaml file in this folder.
# Check it with \`npx bcp check ${answers.planDir}\`; build the binder and the offline site with \`npx bcp build ${answers.planDir}\`.
plan:
  organization: ${scalar(answers.organization)}
  # Raise the version whenever you change what people should do; quote it so 1.10 stays 1.10.
  version: '0.1'
  owner: ${ownerId}
  # The day you last checked that the whole plan is still true. Set it again after every review.
  reviewed: ${answers.today}
  # The longest time between two reviews: 13w is every quarter.
  review_interval: 13w
  # Where printed and offline copies are kept, off the premises:
  # copies:
  #   - holder: ${ownerId}
  #     location: Home office safe
  # Paths in this repository whose change means the tech stack changed and the plan must be reviewed:
  # tech_paths: ['infra/**']
`;
}

function peopleFile(answers: InitAnswers, ownerId: string, schema: string): string {
  return `${modeline(schema)}
# Everyone who acts in an outage: how to reach them, and who does their job when they cannot (deputy).
people:
  - id: ${ownerId}
    name: ${scalar(answers.owner)}
    role: ${scalar(answers.ownerRole)}
    phone: ${quoted(answers.ownerPhone)}
    # deputy: the id of the person who covers for them
  # - id: sam-lee
  #   name: Sam Lee
  #   role: Office manager
  #   phone: '+1 555 0100'
  #   deputy: ${ownerId}
`;
}

function systemsFile(schema: string): string {
  return `${modeline(schema)}
# The systems the business runs on (CRM, accounting, e-mail, phones, booking, point of sale ...), who provides
# them and how they are backed up. An example, to copy below \`systems:\` and change:
#   - id: crm
#     name: Acme CRM
#     category: crm
#     criticality: high
#     status: active
systems: []
`;
}

function scenariosFile(ownerId: string, schema: string): string {
  return `${modeline(schema)}
# What could stop the business, and what the team does then: trigger, how long the business can last (mtd),
# how fast it must be back (rto), how much data may be lost (rpo), the steps by hand, and who leads.
# An example, to copy below \`scenarios:\` and change:
#   - id: crm-outage
#     title: The CRM is down
#     kind: system-outage
#     impact: Quotes and orders cannot be entered.
#     trigger: { after: 30m, description: Unavailable for 30 minutes, or the vendor confirms an outage }
#     mtd: 2d
#     rto: 1d
#     rpo: 1d
#     lead: ${ownerId}
#     workaround: [Take orders on the paper order form]
#     recovery: [Call the vendor's support line]
#     back_to_normal: [Enter every paper order and compare record counts]
scenarios: []
`;
}

function configFile(schema: string): string {
  return `${modeline(schema)}
# Lint settings: a severity per rule (error, warning, info) or off. Every rule is on by default.
# \`npx bcp check --print-config\` shows the settings in effect.
rules: {}
`;
}

/** The published workflow, pointed at this plan folder. */
function workflowFor(workflow: string, planDir: string): string {
  return workflow.replace(/\bbcp (check|build|diff) plan\b/g, (_, command: string) => `bcp ${command} ${planDir}`);
}
