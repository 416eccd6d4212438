import { describe, expect, it } from 'vitest';
import { pdfDate, setPdfDates } from '../../../src/render/print/pdf-dates.js';

const pdf = (info: string): Buffer => Buffer.from(`%PDF-1.4\n1 0 obj\n<<${info}>>\nendobj\nxref\n0 2\n`, 'latin1');

describe('pdfDate', () => {
  it('writes a Unix time as a PDF date in UTC', () => {
    expect(pdfDate(1793577600)).toBe("D:20261102000000+00'00'");
    expect(pdfDate(0)).toBe("D:19700101000000+00'00'");
  });
});

describe('setPdfDates', () => {
  it('replaces both dates, in place, whatever the offset Chromium wrote', () => {
    const before = pdf(
      "/Producer (Skia/PDF m156)\n/CreationDate (D:20261123092715+11'00')\n/ModDate (D:20261123092715-05'00')",
    );
    const after = setPdfDates(before, 1793577600);
    expect(after.length).toBe(before.length);
    expect(after.toString('latin1')).toBe(
      pdf(
        "/Producer (Skia/PDF m156)\n/CreationDate (D:20261102000000+00'00')\n/ModDate (D:20261102000000+00'00')",
      ).toString('latin1'),
    );
  });

  it('keeps every other byte, binary streams included', () => {
    const binary = Buffer.concat([pdf("/CreationDate (D:20261123092715+00'00')"), Buffer.from([0, 255, 128, 10])]);
    const after = setPdfDates(binary, 0);
    expect(after.subarray(-4)).toEqual(Buffer.from([0, 255, 128, 10]));
  });

  it('fails loudly when there is no date to set (the reproducible binder would silently not be)', () => {
    expect(() => setPdfDates(pdf('/Producer (x)'), 0)).toThrow(/no \/CreationDate/);
  });

  it('refuses a date of another length, which would break the cross-reference offsets', () => {
    expect(() => setPdfDates(pdf('/CreationDate (D:20261123092715Z)'), 0)).toThrow(/not 23 characters long/);
  });
});
