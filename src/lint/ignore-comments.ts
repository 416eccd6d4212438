import type { Diagnostic } from '../core/diagnostic.js';

/** A comment that silences one finding: `# bcp-ignore <rule-id> -- <reason>` (or `<!-- … -->` in Markdown). */
export interface IgnoreComment {
  file: string;
  /** The line the comment is on. */
  line: number;
  column: number;
  /** The line whose findings it silences: its own line for a trailing comment, else the next line. */
  target: number;
  ruleId: string;
  reason: string;
}

// `#` must start the line or follow a space, so `#` inside a value like `C#` or a URL fragment is not a comment.
const YAML_IGNORE = /(^|\s)#\s*bcp-ignore\s+([a-z0-9-]+)\s*(?:--\s*(.*?))?\s*$/;
const MARKDOWN_IGNORE = /<!--\s*bcp-ignore\s+([a-z0-9-]+)\s*(?:--\s*(.*?))?\s*-->/;

/** Finds every ignore comment in a plan file's text. */
export function findIgnoreComments(file: string, text: string): IgnoreComment[] {
  const markdown = file.endsWith('.md');
  const found: IgnoreComment[] = [];
  text.split('\n').forEach((content, index) => {
    const match = (markdown ? MARKDOWN_IGNORE : YAML_IGNORE).exec(content);
    if (!match) return;
    const [ruleId, reason] = markdown ? [match[1], match[2]] : [match[2], match[3]];
    const before = content.slice(0, match.index).trim();
    const line = index + 1;
    const column = match.index + (markdown ? 1 : (match[1]?.length ?? 0) + 1);
    const ownLine = before === '' && (markdown || !match[1] || content.trimStart().startsWith('#'));
    found.push({
      file,
      line,
      column,
      target: ownLine ? line + 1 : line,
      ruleId: ruleId ?? '',
      reason: (reason ?? '').trim(),
    });
  });
  return found;
}

/** Drops silenced findings and reports ignore comments that silenced nothing or give no reason. */
export function applyIgnoreComments(
  diagnostics: readonly Diagnostic[],
  comments: readonly IgnoreComment[],
  knownRules: ReadonlySet<string>,
): Diagnostic[] {
  const used = new Set<IgnoreComment>();
  const kept = diagnostics.filter((d) => {
    const comment = comments.find((c) => c.file === d.file && c.target === d.line && c.ruleId === d.ruleId);
    if (comment && comment.reason !== '') used.add(comment);
    return !(comment && comment.reason !== '');
  });
  for (const comment of comments) {
    if (used.has(comment)) continue;
    kept.push(ignoreProblem(comment, knownRules));
  }
  return kept;
}

function ignoreProblem(comment: IgnoreComment, knownRules: ReadonlySet<string>): Diagnostic {
  const where = { file: comment.file, line: comment.line, column: comment.column };
  if (!knownRules.has(comment.ruleId)) {
    return {
      ruleId: 'unused-ignore',
      severity: 'warning',
      message: `bcp-ignore names \`${comment.ruleId}\`, which is not a lint rule`,
      ...where,
    };
  }
  if (comment.reason === '') {
    return {
      ruleId: 'unused-ignore',
      severity: 'warning',
      message: `bcp-ignore for \`${comment.ruleId}\` gives no reason; write it after \`--\`, like \`# bcp-ignore ${comment.ruleId} -- vendor confirmed\``,
      ...where,
    };
  }
  return {
    ruleId: 'unused-ignore',
    severity: 'warning',
    message: `bcp-ignore for \`${comment.ruleId}\` silences nothing; remove it`,
    ...where,
  };
}
