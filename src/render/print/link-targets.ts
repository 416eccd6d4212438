export interface PageTargets {
  pages: number;
  /** The page (1-based) of each named destination: Chromium makes one for every `<a href="#id">` target, by id. */
  targets: Map<string, number>;
}

/**
 * Reads where each named destination of a PDF is. Chromium (Skia) writes a plain PDF: a cross-reference table, the
 * catalog's `/Dests` dictionary of `/name [page /XYZ x y z]`, and a tree of `/Pages`. Only those objects are read,
 * through the table, so a binder of thousands of pages costs a few milliseconds, where pdf.js took the better part
 * of a second to open the document. A PDF in any other form (a cross-reference stream, an incremental update, a
 * `/Names` tree) is read by pdf.js instead.
 */
export async function readPageTargets(pdf: Uint8Array): Promise<PageTargets> {
  return readPlainPdf(pdf) ?? readWithPdfJs(pdf);
}

/** The destinations of a PDF as Skia writes it, or undefined when it is in some other form. */
export function readPlainPdf(pdf: Uint8Array): PageTargets | undefined {
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const table = crossReferences(bytes);
  if (!table) return undefined;
  const object = (ref: Ref): string | undefined => objectText(bytes, table.offsets, ref);
  const catalog = object(table.root);
  if (catalog === undefined || /\/Names\b/.test(catalog)) return undefined;
  const pagesRef = refAfter(catalog, 'Pages');
  const pageList = pagesRef && pageOrder(object, pagesRef);
  if (!pageList) return undefined;
  const targets = namedTargets(catalog, object, pageList);
  return targets && { pages: pageList.size, targets };
}

/** The page of each entry of the catalog's `/Dests`; none when it has none; undefined when it is not in Skia's form. */
function namedTargets(
  catalog: string,
  object: (ref: Ref) => string | undefined,
  pageList: Map<string, number>,
): Map<string, number> | undefined {
  const destsRef = refAfter(catalog, 'Dests');
  if (!destsRef) return /\/Dests\b/.test(catalog) ? undefined : new Map();
  const dests = object(destsRef);
  const entries = dests === undefined ? undefined : destinations(dests);
  if (!entries) return undefined;
  const targets = new Map<string, number>();
  for (const [name, page] of entries) {
    const index = pageList.get(key(page));
    if (index === undefined) return undefined;
    targets.set(name, index + 1);
  }
  return targets;
}

interface Ref {
  num: number;
  gen: number;
}

const key = (ref: Ref): string => `${ref.num} ${ref.gen}`;

/** One run of the cross-reference table: objects `first` to `first + count - 1`, 20 bytes each from `at`. */
interface Section {
  first: number;
  count: number;
  at: number;
}

/** An object's byte offset, or undefined. */
type Offsets = (ref: Ref) => number | undefined;

/**
 * The offsets of the objects, from the one classic table at `startxref`, and the catalog. A tagged binder has an
 * object for every paragraph; only the table's section headers are read, and an entry when its object is.
 */
function crossReferences(bytes: Buffer): { offsets: Offsets; root: Ref } | undefined {
  const tail = bytes.toString('latin1', Math.max(0, bytes.length - 1024));
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  let at = Number(start?.[1] ?? -1);
  if (at < 0 || bytes.toString('latin1', at, at + 4) !== 'xref') return undefined;
  at += 4;
  const sections: Section[] = [];
  for (;;) {
    const header = /^\s*(\d+) (\d+)[ \t]*\r?\n/.exec(bytes.toString('latin1', at, at + 40));
    if (!header) break;
    const section = { first: Number(header[1]), count: Number(header[2]), at: at + header[0].length };
    sections.push(section);
    at = section.at + section.count * ENTRY_BYTES;
  }
  const trailer = /^\s*trailer\s*(<<[^]*?>>)\s*startxref/.exec(bytes.toString('latin1', at, bytes.length))?.[1];
  const root = trailer === undefined ? undefined : refAfter(trailer, 'Root');
  // An update appended to the file (`/Prev`) or an encrypted one is not what Chromium writes: pdf.js reads those.
  if (!trailer || !root || /\/(Prev|Encrypt)\b/.test(trailer)) return undefined;
  const offsets: Offsets = (ref) => {
    const section = sections.find(({ first, count }) => ref.num >= first && ref.num < first + count);
    if (!section) return undefined;
    const from = section.at + (ref.num - section.first) * ENTRY_BYTES;
    const entry = /^(\d{10}) (\d{5}) n(?: \r| \n|\r\n)$/.exec(bytes.toString('latin1', from, from + ENTRY_BYTES));
    return entry && Number(entry[2]) === ref.gen ? Number(entry[1]) : undefined;
  };
  return { offsets, root };
}

/** Every entry of a cross-reference table is 20 bytes, its end of line included. */
const ENTRY_BYTES = 20;

/** The text between `N G obj` and `endobj` of an object with no stream, or undefined. */
function objectText(bytes: Buffer, offsets: Offsets, ref: Ref): string | undefined {
  const offset = offsets(ref);
  if (offset === undefined) return undefined;
  // On a line of its own, as Skia writes it: a name such as `/endobj-2` is not the end.
  const end = bytes.indexOf('\nendobj', offset, 'latin1');
  if (end < 0) return undefined;
  const text = bytes.toString('latin1', offset, end);
  const head = new RegExp(`^${ref.num}\\s+${ref.gen}\\s+obj\\b`).exec(text);
  if (!head || /endstream\s*$/.test(text)) return undefined;
  return text.slice(head[0].length).trim();
}

function refAfter(dictionary: string, name: string): Ref | undefined {
  const match = new RegExp(`/${name}\\s+(\\d+)\\s+(\\d+)\\s+R`).exec(dictionary);
  return match ? { num: Number(match[1]), gen: Number(match[2]) } : undefined;
}

const REF = /(\d+)\s+(\d+)\s+R/g;

/** Each page object's index in the document, walking the page tree in order. */
function pageOrder(object: (ref: Ref) => string | undefined, root: Ref): Map<string, number> | undefined {
  const order = new Map<string, number>();
  const stack: Ref[] = [root];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const ref = stack.pop()!;
    if (seen.has(key(ref))) return undefined;
    seen.add(key(ref));
    const node = object(ref);
    if (node === undefined) return undefined;
    if (/\/Type\s*\/Pages\b/.test(node)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node);
      if (!kids) return undefined;
      const refs = [...(kids[1] ?? '').matchAll(REF)].map((m) => ({ num: Number(m[1]), gen: Number(m[2]) }));
      stack.push(...refs.reverse());
    } else if (/\/Type\s*\/Page\b/.test(node)) {
      order.set(key(ref), order.size);
    } else {
      return undefined;
    }
  }
  return order;
}

/**
 * The entries of a `/Dests` dictionary as Skia writes it: `/name [N G R /XYZ x y z]`. Undefined for anything else
 * (an indirect array, a `<< /D [...] >>` dictionary), which pdf.js then reads.
 */
function destinations(dictionary: string): [string, Ref][] | undefined {
  if (!dictionary.startsWith('<<') || !dictionary.endsWith('>>')) return undefined;
  const body = dictionary.slice(2, -2);
  const entry = /\s*\/([^\s/[\]<>(){}%]*)\s*\[\s*(\d+)\s+(\d+)\s+R[^\]]*\]/y;
  const entries: [string, Ref][] = [];
  let end = 0;
  for (let match = entry.exec(body); match; match = entry.exec(body)) {
    entries.push([pdfName(match[1] ?? ''), { num: Number(match[2]), gen: Number(match[3]) }]);
    end = entry.lastIndex;
  }
  // Anything left over is a form this reader does not know.
  return body.slice(end).trim() === '' ? entries : undefined;
}

/**
 * A PDF name's characters, `#xx` being a byte, as pdf.js reads them. Chromium writes an id that is not ASCII
 * percent-encoded (`caf%C3%A9`), as it would be in a link.
 */
function pdfName(raw: string): string {
  return raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** pdf.js reads any PDF; loaded only for one that is not in Skia's form. */
export async function readWithPdfJs(pdf: Uint8Array): Promise<PageTargets> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0, disableFontFace: true });
  const document = await task.promise;
  try {
    const targets = new Map<string, number>();
    const destinations = (await document.getDestinations()) as Record<string, unknown[] | null>;
    for (const [name, destination] of Object.entries(destinations)) {
      const ref = destination?.[0];
      if (typeof ref === 'number') targets.set(name, ref + 1);
      else if (ref && typeof ref === 'object') {
        targets.set(name, (await document.getPageIndex(ref as { num: number; gen: number })) + 1);
      }
    }
    return { pages: document.numPages, targets };
  } finally {
    await task.destroy();
  }
}
