const ALLOWED = /^(https?:|mailto:|tel:)/i;

/** A URL from the plan, or undefined when its scheme is not http(s), mailto or tel (no `javascript:` in an href). */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  return ALLOWED.test(trimmed) ? trimmed : undefined;
}

/** The number as people write it: digits, spaces, dots, dashes, a leading + and area codes in brackets. */
const DIALLED = /^\s*\+?(?:[\d\s.\-\u00a0\u2009\u202f]|\(\d+\))*/;
/** What may follow the number: an extension (`ext. 12`, `x12`), a second number (`/`, `or`), a note in brackets. */
const AFTER_NUMBER = /^\s*(?:(?:ext(?:ension)?\.?|x)\s*:?\s*\d|or\b|[/,;#(])/i;

/**
 * `tel:` link for a phone number as people write it: the digits and a leading +, the extension left for the caller
 * to ask for (it is still printed beside the link), the first number where two are given, and the `(0)` that
 * international numbers write for the trunk prefix dropped. When the text holds anything else (letters as in
 * 1-800-FLOWERS, two plus signs, more digits than any number has), there is no link: no link is better than a
 * link that rings the wrong person.
 */
export function telUrl(phone: string | undefined): string | undefined {
  if (!phone) return undefined;
  const number = DIALLED.exec(phone)?.[0] ?? '';
  const rest = phone.slice(number.length);
  if (rest.trim() && !AFTER_NUMBER.test(rest)) return undefined;
  const international = number.trim().startsWith('+');
  const digits = (international ? number.replace(/\(0\)/g, '') : number).replace(/[^0-9+]/g, '');
  if (digits.lastIndexOf('+') > 0) return undefined;
  const count = digits.replace('+', '').length;
  return count >= 3 && count <= 15 ? `tel:${digits}` : undefined;
}

/** `mailto:` link for one plain address; none for text that would add recipients, a subject or a body. */
export function mailtoUrl(email: string | undefined): string | undefined {
  const address = email?.trim();
  return address && /^[^\s@<>"'?&#,;:/\\()[\]%]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(address)
    ? `mailto:${address}`
    : undefined;
}
