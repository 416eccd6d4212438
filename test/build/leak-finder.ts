import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadPlan } from '../../src/load/load-plan.js';
import { hiddenValues, type Audience, type Sensitivity } from '../../src/model/sensitive-fields.js';

const run = promisify(execFile);

/** A value an audience may not see, as a test looks for it. */
export interface Secret {
  where: string;
  text: string;
  phone: boolean;
  sensitivity: Sensitivity;
}

/** The values in a plan's data that the schema marks above an audience, read with the schema walk bcp uses. */
export async function secretsFor(planDir: string, audience: Audience): Promise<Secret[]> {
  const loaded = await loadPlan(planDir);
  return hiddenValues(loaded.data, audience).flatMap(({ path: at, value, field }) =>
    strings(value).map((text) => ({ where: at.join('.'), text, phone: field.phone, sensitivity: field.sensitivity })),
  );
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  return [];
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').toLowerCase();

/** HTML and JSON spell some characters differently; the value must not appear in any spelling. */
function spellings(text: string): string {
  const html = text
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;|&apos;/g, "'")
    .replace(/&quot;|&#x22;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
  const json = html.replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return squash(`${text}\n${html}\n${json}`);
}

/** Every run of digits that could be a phone number, as digits only (so 02 5550 0109 and 0255500109 match). */
function phoneDigits(text: string): string[] {
  return (text.match(/\+?\(?\d[\d\s().\u00a0-]{4,}\d/g) ?? []).map((run) => run.replace(/\D/g, ''));
}

/** The secrets found in a text: phones by their last eight digits however written, other values as written. */
export function leaksIn(text: string, secrets: readonly Secret[]): Secret[] {
  const spelled = spellings(text);
  const digits = phoneDigits(text);
  return secrets.filter((secret) => {
    if (secret.phone) {
      const key = secret.text.replace(/\D/g, '').slice(-8);
      return digits.some((run) => run.endsWith(key)) || spelled.includes(squash(secret.text));
    }
    return spelled.includes(squash(secret.text));
  });
}

/** The text of every output a build wrote: site files, calendar, manifest, and the PDFs through pdftotext. */
export async function outputTexts(out: string): Promise<{ file: string; text: string }[]> {
  const files = (await readdir(out, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const texts: { file: string; text: string }[] = [];
  for (const entry of files) {
    const file = path.relative(out, path.join(entry.parentPath, entry.name));
    if (file.includes('assets/fonts/')) continue;
    if (file.endsWith('.pdf')) {
      const { stdout } = await run('pdftotext', [path.join(out, file), '-'], { maxBuffer: 64 * 1024 * 1024 });
      texts.push({ file, text: stdout });
    } else {
      texts.push({ file, text: await readFile(path.join(out, file), 'utf8') });
    }
  }
  return texts;
}
