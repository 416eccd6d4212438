import { describe, it } from 'vitest';
import rule from '../../../src/lint/rules/tech-change-not-reflected.js';
import { testRule, type RuleCase } from '../rule-tester.js';

const planCommit = { sha: '1111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', date: '2026-04-01' };
const techCommit = { sha: '2222222bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', date: '2026-05-10' };
const files = ['infra/crm.tf', 'infra/dns.tf', 'infra/mail.tf', 'infra/vpn.tf'];

/** Real repositories are in test/git/; these cases pin what the rule says for each kind of git fact. */
const cases: RuleCase[] = [
  {
    name: 'systems changed after the plan was reviewed, one of them retired',
    fixture: 'tech-change-not-reflected/system-changed',
    today: '2026-06-01',
    messages: [
      'HubSpot (`hubspot`) changed on 2026-05-02, after the plan was last reviewed on 2026-05-01',
      'Brightpearl (`brightpearl`) changed on 2026-05-20',
    ],
  },
  { name: 'systems changed on or before the review', fixture: 'tech-change-not-reflected/passes', today: '2026-06-01' },
  {
    name: 'a tech commit after the plan commit names the commit and up to three files',
    fixture: 'tech-change-not-reflected/git-flagged',
    today: '2026-06-01',
    git: { kind: 'history', planCommit, techChange: { ...techCommit, files } },
    messages: [
      'commit 2222222 on 2026-05-10 changed infra/crm.tf, infra/dns.tf, infra/mail.tf and 1 more; the plan folder last changed in commit 1111111 on 2026-04-01',
    ],
  },
  {
    name: 'no tech commit after the plan commit',
    fixture: 'tech-change-not-reflected/git-clean',
    today: '2026-06-01',
    git: { kind: 'history', planCommit },
  },
  {
    name: 'the plan is being edited but not yet committed',
    fixture: 'tech-change-not-reflected/git-clean',
    today: '2026-06-01',
    git: { kind: 'history', planCommit, techChange: { ...techCommit, files }, planUncommitted: true },
  },
  {
    name: 'a shallow clone that could not be deepened is a note, never "up to date"',
    fixture: 'tech-change-not-reflected/git-flagged',
    today: '2026-06-01',
    git: { kind: 'shallow', reason: 'could not read from remote repository' },
    severity: 'info',
    messages: [
      "was skipped: this clone's git history is shallow and could not be fetched (could not read from remote repository)",
    ],
  },
  {
    name: 'a base ref that is not here',
    fixture: 'tech-change-not-reflected/git-flagged',
    today: '2026-06-01',
    git: { kind: 'bad-base', base: 'origin/main', reason: 'not-found' },
    messages: ['The base `origin/main` was not found in this repository'],
    hints: [
      'Fetch it first: `git fetch --no-tags origin +refs/heads/main:refs/remotes/origin/main`, then pass `--base origin/main` (or give actions/checkout `fetch-depth: 0`).',
    ],
  },
  {
    name: 'a base ref with no history in common',
    fixture: 'tech-change-not-reflected/git-flagged',
    today: '2026-06-01',
    git: { kind: 'bad-base', base: 'other', reason: 'unrelated' },
    messages: ['shares no history with this branch'],
    hints: ['Give `--base` the branch this pull request will merge into, like `--base origin/main`.'],
  },
  {
    name: 'a pull request changes tech paths but not the plan: one finding, not two',
    fixture: 'tech-change-not-reflected/git-flagged',
    today: '2026-06-01',
    git: {
      kind: 'history',
      planCommit,
      techChange: { ...techCommit, files },
      pullRequest: { base: 'origin/main', techFiles: ['infra/crm.tf'], planChanged: false },
    },
    messages: ['This pull request changes the tech stack (infra/crm.tf) but not the plan'],
  },
  {
    name: 'a pull request changes tech paths and the plan',
    fixture: 'tech-change-not-reflected/git-clean',
    today: '2026-06-01',
    git: {
      kind: 'history',
      planCommit,
      techChange: { ...techCommit, files },
      pullRequest: { base: 'origin/main', techFiles: ['infra/crm.tf'], planChanged: true },
    },
  },
  {
    name: 'a pull request without tech changes still reports a plan left behind by earlier commits',
    fixture: 'tech-change-not-reflected/git-flagged',
    today: '2026-06-01',
    git: {
      kind: 'history',
      planCommit,
      techChange: { ...techCommit, files: ['infra/crm.tf'] },
      pullRequest: { base: 'origin/main', techFiles: [], planChanged: false },
    },
    messages: ['commit 2222222 on 2026-05-10 changed infra/crm.tf;'],
  },
  {
    name: 'a base given as a full remote ref is fetched by its branch name',
    fixture: 'tech-change-not-reflected/git-flagged',
    today: '2026-06-01',
    git: { kind: 'bad-base', base: 'refs/remotes/origin/release', reason: 'not-found' },
    messages: ['The base `refs/remotes/origin/release` was not found'],
    hints: ['+refs/heads/release:refs/remotes/origin/release`, then pass `--base origin/release`'],
  },
  {
    name: 'git missing is said, never taken for "up to date"',
    fixture: 'tech-change-not-reflected/git-flagged',
    today: '2026-06-01',
    git: { kind: 'no-git' },
    messages: [
      'git was not found, so whether the tech stack changed after the plan was last updated cannot be checked',
    ],
    hints: ['Install git (or put it on PATH) where bcp runs, or turn this rule off in bcp.config.yaml.'],
  },
  {
    name: 'exactly three files are named in full; a commit without files says so',
    fixture: 'tech-change-not-reflected/git-flagged',
    today: '2026-06-01',
    git: {
      kind: 'history',
      planCommit,
      techChange: { ...techCommit, files: files.slice(0, 3) },
      pullRequest: { base: 'origin/main', techFiles: [], planChanged: false },
    },
    messages: ['changed infra/crm.tf, infra/dns.tf, infra/mail.tf; the plan folder'],
    hints: [
      'Review the plan for what changed (systems, scenarios, procedures, backups), then set `plan.reviewed`. Commit the updated plan.',
    ],
  },
  {
    name: 'a tech commit whose files are not known',
    fixture: 'tech-change-not-reflected/git-flagged',
    today: '2026-06-01',
    git: { kind: 'history', planCommit, techChange: { ...techCommit, files: [] } },
    messages: ['commit 2222222 on 2026-05-10 changed files under the tech paths; the plan folder'],
  },
];

describe('tech-change-not-reflected', () => {
  for (const testCase of cases) it(testCase.name, () => testRule(rule, testCase));
});
