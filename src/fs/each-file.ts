import pLimit from 'p-limit';

/**
 * How many files bcp reads or writes at once. `Promise.all` over every file of a large plan opened them all and hit
 * EMFILE under the usual limit of 1024 open files (256 on macOS, less in some containers); 16 keeps the disk busy and
 * leaves room for Node's own files even under `ulimit -n 64`.
 */
export const FILES_AT_ONCE = 16;

/**
 * Runs `work` on every item, at most FILES_AT_ONCE at a time, and returns the results in order. After the first
 * failure no further item is started, and the failure is thrown only once the running ones ended: a caller that
 * then removes a staging folder does not race writes still going into it.
 */
export async function eachFile<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const limit = pLimit(FILES_AT_ONCE);
  let failure: { error: unknown } | undefined;
  const results = await Promise.all(
    items.map((item) =>
      limit(async () => {
        if (failure) return undefined;
        try {
          return await work(item);
        } catch (error) {
          failure ??= { error };
          return undefined;
        }
      }),
    ),
  );
  if (failure) throw failure.error;
  return results as R[];
}
