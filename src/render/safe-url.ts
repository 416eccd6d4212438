const ALLOWED = /^(https?:|mailto:|tel:)/i;

/** A URL from the plan, or undefined when its scheme is not http(s), mailto or tel (no `javascript:` in an href). */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  return ALLOWED.test(trimmed) ? trimmed : undefined;
}

/** `tel:` link for a phone number as people write it: digits and a leading + only. */
export function telUrl(phone: string | undefined): string | undefined {
  if (!phone) return undefined;
  const digits = phone.replace(/(ext\.?|x)\s*\d+$/i, '').replace(/[^0-9+]/g, '');
  return digits.length >= 3 ? `tel:${digits}` : undefined;
}

export function mailtoUrl(email: string | undefined): string | undefined {
  return email && /^[^\s@<>"]+@[^\s@<>"]+$/.test(email) ? `mailto:${email}` : undefined;
}
