import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths.js';

/**
 * Render makes files and output/ writes them (issue 11): a module under src/render/ may read (templates, fonts,
 * the print HTML output/ staged) but never write, move or remove. Only the reading functions of node:fs are
 * allowed, so a new writing one (or a whole-module import that could call any) is refused too.
 */
const READS = new Set([
  'readFile',
  'readFileSync',
  'readdir',
  'readdirSync',
  'stat',
  'statSync',
  'lstat',
  'existsSync',
  'access',
  'realpath',
  'createReadStream',
  'constants',
]);
const FS_MODULES = new Set(['fs', 'fs/promises', 'node:fs', 'node:fs/promises']);

/** What a source file takes from node:fs that is not a read: names, or `*` for the whole module. */
function fsWrites(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      if (FS_MODULES.has(node.moduleSpecifier.text)) found.push(...importedNames(node.importClause));
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteral(node.arguments[0]) &&
      FS_MODULES.has(node.arguments[0].text)
    ) {
      found.push('*');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.filter((name) => !READS.has(name));
}

function importedNames(clause: ts.ImportClause | undefined): string[] {
  if (!clause || clause.isTypeOnly) return [];
  const names = clause.name ? ['*'] : [];
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) names.push('*');
  if (bindings && ts.isNamedImports(bindings)) {
    for (const element of bindings.elements) {
      if (!element.isTypeOnly) names.push((element.propertyName ?? element.name).text);
    }
  }
  return names;
}

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('render writes no file', () => {
  it('no module under src/render/ imports a node:fs function that writes, moves or removes', async () => {
    const files = await sourceFiles(path.join(repoRoot, 'src', 'render'));
    expect(files.length).toBeGreaterThan(50);
    const offenders: string[] = [];
    for (const file of files) {
      const writes = fsWrites(file, await readFile(file, 'utf8'));
      if (writes.length > 0) offenders.push(`${path.relative(repoRoot, file)}: ${writes.join(', ')}`);
    }
    expect(offenders).toEqual([]);
  });

  it('catches named, renamed, whole-module and dynamic imports of writing functions', () => {
    const check = (text: string): string[] => fsWrites('probe.ts', text);
    expect(check("import { mkdir, writeFile as put } from 'node:fs/promises';")).toEqual(['mkdir', 'writeFile']);
    expect(check("import { readFile, rm } from 'fs/promises';")).toEqual(['rm']);
    expect(check("import fs from 'node:fs';")).toEqual(['*']);
    expect(check("import * as fs from 'node:fs';")).toEqual(['*']);
    expect(check("const fs = await import('node:fs/promises');")).toEqual(['*']);
    expect(check("import { renameSync, copyFileSync } from 'node:fs';")).toEqual(['renameSync', 'copyFileSync']);
    expect(check("import { readFile } from 'node:fs/promises';\nimport type { Stats } from 'node:fs';")).toEqual([]);
  });
});
