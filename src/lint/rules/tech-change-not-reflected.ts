import type { GitFacts } from '../../git/git-facts.js';
import type { PlanModel } from '../../model/plan-model.js';
import type { Finding, LintRule } from '../types.js';

/** Git findings point at the paths whose change they are about. */
const TECH_PATHS = ['plan', 'tech_paths'];
const REVIEW_HINT =
  'Review the plan for what changed (systems, scenarios, procedures, backups), then set `plan.reviewed`.';

/**
 * The sources: "Not updating the business continuity plan when the technology stack changes" leaves a plan that
 * "references tools and procedures that no longer exist". Three signals: the inventory's own dates, the history
 * of the tech paths against the plan folder, and a pull request that changes one but not the other.
 */
const rule: LintRule = {
  id: 'tech-change-not-reflected',
  description: 'The tech stack changed after the plan was last reviewed or updated.',
  severity: 'error',
  check(plan, context) {
    return [...systemsChangedSinceReview(plan), ...gitFindings(context.git)];
  },
};

function systemsChangedSinceReview(plan: PlanModel): Finding[] {
  const { reviewed } = plan.data.plan;
  return (plan.data.systems ?? []).flatMap((system, index) =>
    system.last_changed !== undefined && system.last_changed > reviewed
      ? [
          {
            path: ['systems', index, 'last_changed'],
            message: `${system.name} (\`${system.id}\`) changed on ${system.last_changed}, after the plan was last reviewed on ${reviewed}`,
            hint: `${REVIEW_HINT} A change to ${system.name} can make its scenarios, workarounds and contacts wrong.`,
          },
        ]
      : [],
  );
}

function gitFindings(git: GitFacts | undefined): Finding[] {
  if (git === undefined) return [];
  if (git.kind === 'shallow') return [shallowFinding(git.reason)];
  if (git.kind === 'no-git') return [noGitFinding()];
  if (git.kind === 'bad-base') return [badBaseFinding(git.base, git.reason)];
  // Someone is editing the plan right now: the commit they are about to make is the update these signals ask for.
  if (git.planUncommitted) return [];
  const pullRequest = git.pullRequest;
  if (pullRequest && pullRequest.techFiles.length > 0 && !pullRequest.planChanged) {
    return [
      {
        path: TECH_PATHS,
        message: `This pull request changes the tech stack (${listFiles(pullRequest.techFiles)}) but not the plan`,
        hint: `Update the plan in this pull request. ${REVIEW_HINT}`,
      },
    ];
  }
  // A pull request that updates the plan is taken to cover its own tech changes.
  if (pullRequest?.planChanged || !git.techChange || !git.planCommit) return [];
  const { techChange, planCommit } = git;
  return [
    {
      path: TECH_PATHS,
      message:
        `The tech stack changed after the plan was last updated: commit ${short(techChange.sha)} on ${techChange.date}` +
        ` changed ${listFiles(techChange.files)}; the plan folder last changed in commit ${short(planCommit.sha)} on ${planCommit.date}`,
      hint: `${REVIEW_HINT} Commit the updated plan.`,
    },
  ];
}

function noGitFinding(): Finding {
  return {
    path: TECH_PATHS,
    message: 'git was not found, so whether the tech stack changed after the plan was last updated cannot be checked',
    hint: 'Install git (or put it on PATH) where bcp runs, or turn this rule off in bcp.config.yaml.',
  };
}

/** A note, not a failure: a clone without its history proves nothing either way, and main must still pass. */
function shallowFinding(reason: string): Finding {
  return {
    path: TECH_PATHS,
    severity: 'info',
    message: `The check for a tech change without a plan update was skipped: this clone's git history is shallow and could not be fetched (${reason})`,
    hint:
      'Give the check the whole history: in GitHub Actions set `fetch-depth: 0` on actions/checkout; ' +
      'in a shell run `git fetch --unshallow`.',
  };
}

function badBaseFinding(base: string, reason: 'not-found' | 'unrelated'): Finding {
  if (reason === 'unrelated') {
    return {
      path: TECH_PATHS,
      message: `The base \`${base}\` shares no history with this branch, so the pull request's tech changes cannot be checked`,
      hint: 'Give `--base` the branch this pull request will merge into, like `--base origin/main`.',
    };
  }
  const branch = base.replace(/^(refs\/remotes\/)?origin\//, '');
  return {
    path: TECH_PATHS,
    message: `The base \`${base}\` was not found in this repository, so the pull request's tech changes cannot be checked`,
    hint: `Fetch it first: \`git fetch --no-tags origin +refs/heads/${branch}:refs/remotes/origin/${branch}\`, then pass \`--base origin/${branch}\` (or give actions/checkout \`fetch-depth: 0\`).`,
  };
}

/** Up to three files by name, then how many more: a commit can touch hundreds. */
function listFiles(files: readonly string[]): string {
  if (files.length === 0) return 'files under the tech paths';
  const named = files.slice(0, 3).join(', ');
  return files.length > 3 ? `${named} and ${files.length - 3} more` : named;
}

const short = (sha: string): string => sha.slice(0, 7);

export default rule;
