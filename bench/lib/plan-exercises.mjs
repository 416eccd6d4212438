import { daysBefore, pad, prose } from './words.mjs';

/** How many scenarios one exercise walks through: a tabletop takes about ten, a functional test a handful. */
const PER_EXERCISE = { tabletop: 10, functional: 5, 'full-scale': 10 };

/**
 * Rounds of each exercise type, newest first, in days before today. The newest round of each type is within the
 * testing cadence (90, 180, 365 days), so untested-scenario checks every scenario and finds nothing to fail;
 * older rounds are the history a real plan keeps. The last tabletop round is in the future: planned, not done.
 */
const ROUNDS = {
  tabletop: [-20, 15, 106, 197, 288],
  functional: [40, 220],
  'full-scale': [100],
};

/** The exercises that rehearse every scenario in every type it requires. */
export function makeExercises(random, scenarios, { active, today }) {
  const exercises = [];
  for (const type of Object.keys(ROUNDS)) {
    const covered = scenarios.filter((scenario) => (scenario.exercise_types ?? ['tabletop']).includes(type));
    ROUNDS[type].forEach((daysAgo, round) => {
      for (let start = 0; start < covered.length; start += PER_EXERCISE[type]) {
        const group = covered.slice(start, start + PER_EXERCISE[type]).map((scenario) => scenario.id);
        const id = `${type}-round-${round + 1}-${pad(start / PER_EXERCISE[type] + 1)}`;
        exercises.push(exercise(random, { id, type, group, daysAgo, active, today }));
      }
    });
  }
  return exercises;
}

function exercise(random, { id, type, group, daysAgo, active, today }) {
  const date = daysBefore(today, daysAgo);
  const planned = daysAgo < 0;
  return {
    id,
    title: `${type} exercise ${id}`,
    date,
    type,
    scenarios: group,
    facilitator: random.pick(active).id,
    participants: random.sample(active, random.int(4, 9)).map((person) => person.id),
    duration: random.pick(['2h', '3h', '4h', '1d']),
    ...(planned ? {} : review(random, daysAgo, active, today)),
  };
}

/** What a held exercise taught; its actions are done, or due later, and one in thirty is overdue. */
function review(random, daysAgo, active, today) {
  const actions = Array.from({ length: random.int(1, 3) }, () => {
    const overdue = random.chance(1 / 30);
    const dueIn = overdue ? -random.int(1, 10) : random.int(10, 60);
    const due = daysBefore(today, daysAgo - dueIn - (overdue ? daysAgo : 0));
    // Past its date and not overdue on purpose: done, a few days early.
    const done = !overdue && due <= today;
    return {
      action: prose(random, 1),
      owner: random.pick(active).id,
      due,
      ...(done ? { done: daysBefore(due, random.int(0, 5)) } : {}),
    };
  });
  return {
    summary: prose(random, 3),
    worked: [prose(random, 1), prose(random, 1)],
    failed: [prose(random, 1)],
    updates: [prose(random, 1)],
    ...(random.chance(0.5) ? { training_gaps: [prose(random, 1)] } : {}),
    actions,
  };
}
