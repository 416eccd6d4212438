import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  budget,
  examplePlanFiles,
  expectWellFormed,
  loadAndValidate,
  mutate,
  mutation,
  scratchFolder,
  testTimeout,
} from './fuzz-plan.js';

/**
 * Property: whatever is in the plan folder, bcp answers with diagnostics or a clean refusal (PlanLoadError), and
 * never throws. Real files in a real folder, the real yaml parser and ajv.
 */
describe('fuzzing the loader and the validator', () => {
  let scratch: Awaited<ReturnType<typeof scratchFolder>>;
  let example: Map<string, string>;
  beforeAll(async () => {
    scratch = await scratchFolder();
    example = await examplePlanFiles();
  });
  afterAll(() => scratch.cleanup());

  it(
    'random bytes in plan.yaml',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
          expectWellFormed(await loadAndValidate(scratch.dir, new Map([['plan.yaml', bytes]])));
        }),
        budget,
      );
    },
    testTimeout,
  );

  it(
    'random YAML-looking text in plan.yaml and a second file',
    async () => {
      const yamlish = fc
        .array(
          fc.oneof(
            fc.constantFrom(
              'plan:',
              'people:',
              'scenarios:',
              '  - id: a',
              '    rto: 4h',
              '  ',
              '- ',
              ': ',
              '[',
              ']',
              '{',
              '}',
              '"',
              "'",
              '\t',
              '#',
              '&x',
              '*x',
              '<<:',
              '---',
              '\n',
              'null',
              '~',
              '2026-13-45',
              '0400123456',
            ),
            fc.string({ maxLength: 6 }),
          ),
          { maxLength: 60 },
        )
        .map((parts) => parts.join(''));
      await fc.assert(
        fc.asyncProperty(yamlish, yamlish, async (first, second) => {
          expectWellFormed(
            await loadAndValidate(
              scratch.dir,
              new Map([
                ['plan.yaml', first],
                ['more.yaml', second],
              ]),
            ),
          );
        }),
        budget,
      );
    },
    testTimeout,
  );

  it(
    'random mutations of the example plan',
    async () => {
      const names = [...example.keys()];
      await fc.assert(
        fc.asyncProperty(
          fc.nat(names.length - 1),
          fc.array(mutation, { minLength: 1, maxLength: 4 }),
          async (which, changes) => {
            const files = new Map(example);
            const name = names[which]!;
            files.set(name, changes.reduce(mutate, files.get(name)!));
            expectWellFormed(await loadAndValidate(scratch.dir, files));
          },
        ),
        budget,
      );
    },
    testTimeout,
  );
});
