/**
 * Chromium (Skia) writes `/CreationDate (D:20261102093015+00'00')` and the same `/ModDate` into the info
 * dictionary: the only bytes that differ between two prints of the same HTML.
 */
const KEYS = ['/CreationDate', '/ModDate'];
const DATE_ENTRY = /^\/(CreationDate|ModDate)\s*\((D:\d{14}(?:[+-]\d{2}'\d{2}'?|Z)?)\)/;
/** How far past a key its date may end: the key, a little white space, the parentheses and the date. */
const ENTRY_MAX = 128;

/** A PDF date string for a Unix time, in UTC: `D:YYYYMMDDHHmmSS+00'00'`. */
export function pdfDate(epochSeconds: number): string {
  const iso = new Date(epochSeconds * 1000).toISOString(); // 2026-11-02T09:30:15.000Z
  return `D:${iso.slice(0, 19).replace(/[-T:]/g, '')}+00'00'`;
}

/**
 * Sets the PDF's creation and modification dates to SOURCE_DATE_EPOCH, in place of the time of printing, so
 * that the same plan gives the same bytes. The new date has the same length as the old one, so the
 * cross-reference offsets stay valid. The bytes are changed where they are (a large binder is hundreds of
 * megabytes: no copy of it is made) and returned as a Buffer over the same memory.
 * @throws Error when the PDF has no date in the expected form (a Chromium change: better loud than silently
 * unreproducible) or when a date has another length; then nothing is changed.
 */
export function setPdfDates(pdf: Uint8Array, epochSeconds: number): Buffer {
  const replacement = pdfDate(epochSeconds);
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const dates: number[] = [];
  for (const key of KEYS) {
    for (let at = bytes.indexOf(key, 0, 'latin1'); at !== -1; at = bytes.indexOf(key, at + 1, 'latin1')) {
      const match = DATE_ENTRY.exec(bytes.toString('latin1', at, Math.min(bytes.length, at + ENTRY_MAX)));
      if (!match) continue;
      const [entry, name, date] = match as unknown as [string, string, string];
      if (date.length !== replacement.length) {
        throw new Error(
          `the PDF's /${name} (${date}) is not ${replacement.length} characters long; cannot rewrite it in place`,
        );
      }
      dates.push(at + entry.length - 1 - date.length);
    }
  }
  if (dates.length === 0) throw new Error('the PDF has no /CreationDate or /ModDate in the form Chromium writes');
  for (const at of dates) bytes.write(replacement, at, 'latin1');
  return bytes;
}
