/**
 * Chromium (Skia) writes `/CreationDate (D:20261102093015+00'00')` and the same `/ModDate` into the info
 * dictionary: the only bytes that differ between two prints of the same HTML.
 */
const DATE_ENTRY = /\/(CreationDate|ModDate)\s*\((D:\d{14}(?:[+-]\d{2}'\d{2}'?|Z)?)\)/g;

/** A PDF date string for a Unix time, in UTC: `D:YYYYMMDDHHmmSS+00'00'`. */
export function pdfDate(epochSeconds: number): string {
  const iso = new Date(epochSeconds * 1000).toISOString(); // 2026-11-02T09:30:15.000Z
  return `D:${iso.slice(0, 19).replace(/[-T:]/g, '')}+00'00'`;
}

/**
 * Sets the PDF's creation and modification dates to SOURCE_DATE_EPOCH, in place of the time of printing, so
 * that the same plan gives the same bytes. The new date has the same length as the old one, so the
 * cross-reference offsets stay valid.
 * @throws Error when the PDF has no date in the expected form (a Chromium change: better loud than silently
 * unreproducible) or when a date has another length.
 */
export function setPdfDates(pdf: Uint8Array, epochSeconds: number): Buffer {
  const replacement = pdfDate(epochSeconds);
  const text = Buffer.from(pdf).toString('latin1');
  let found = 0;
  const rewritten = text.replace(DATE_ENTRY, (entry: string, key: string, date: string) => {
    if (date.length !== replacement.length) {
      throw new Error(
        `the PDF's /${key} (${date}) is not ${replacement.length} characters long; cannot rewrite it in place`,
      );
    }
    found += 1;
    return entry.replace(date, replacement);
  });
  if (found === 0) throw new Error('the PDF has no /CreationDate or /ModDate in the form Chromium writes');
  return Buffer.from(rewritten, 'latin1');
}
