/**
 * A problem that stops bcp before it can say anything about the plan: the folder is missing, a file cannot be
 * read. The CLI turns it into exit code 2 and one plain sentence; it is never shown as a stack trace.
 */
export class PlanLoadError extends Error {
  override readonly name = 'PlanLoadError';
}
