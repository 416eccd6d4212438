import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '../../src');

/** Calls that touch the file system or start a process. */
const IO =
  /^(readFile|readFileSync|readdir|readdirSync|existsSync|statSync|lstatSync|stat|lstat|open|openSync|execFile|execFileSync|execSync|spawn|spawnSync)$/;

/**
 * What runs when a module is imported: its top-level statements, minus function bodies and class methods, which
 * run only when called. A top-level `await` or an I/O call there is I/O at import time.
 */
function importTimeIo(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassDeclaration(node)) return;
    const where = (): string => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    if (ts.isAwaitExpression(node)) found.push(`${where()} top-level await`);
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : '';
      if (IO.test(name)) found.push(`${where()} ${name}()`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no module does I/O when it is imported', () => {
  it('src/ reads files and starts processes only inside functions', async () => {
    const entries = await readdir(src, { withFileTypes: true, recursive: true });
    const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.ts'));
    const found: string[] = [];
    for (const entry of files) {
      const file = path.join(entry.parentPath, entry.name);
      found.push(...importTimeIo(path.relative(src, file), await readFile(file, 'utf8')));
    }
    expect(found).toEqual([]);
  });

  it('finds I/O at the top of a module, and not inside a function or a lazy value', () => {
    expect(importTimeIo('a.ts', "const schema = JSON.parse(readFileSync('s.json', 'utf8'));")).toEqual([
      'a.ts:1 readFileSync()',
    ]);
    expect(importTimeIo('b.ts', "const text = await fs.readFile('x');")).toEqual([
      'b.ts:1 top-level await',
      'b.ts:1 readFile()',
    ]);
    expect(
      importTimeIo('c.ts', "const schema = lazy(() => readFileSync('s.json'));\nfunction f() { existsSync('x'); }"),
    ).toEqual([]);
  });
});
