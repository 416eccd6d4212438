import { describe, expect, test } from 'vitest';
import { mailtoUrl, safeUrl, telUrl } from '../../src/render/safe-url.js';

describe('safeUrl', () => {
  test.each([
    ['https://status.example.com/', 'https://status.example.com/'],
    ['http://intranet.example.com', 'http://intranet.example.com'],
    ['  https://example.com  ', 'https://example.com'],
    ['HTTPS://EXAMPLE.COM', 'HTTPS://EXAMPLE.COM'],
    ['mailto:help@example.com', 'mailto:help@example.com'],
    ['tel:+61255500100', 'tel:+61255500100'],
  ])('keeps %j', (url, expected) => {
    expect(safeUrl(url)).toBe(expected);
  });

  test.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example.com/share',
    'ftp://example.com',
    'www.example.com',
    'docs/plan.pdf',
    '',
    undefined,
  ])('refuses %j', (url) => {
    expect(safeUrl(url)).toBeUndefined();
  });
});

describe('telUrl', () => {
  test.each([
    ['+61 2 5550 0100', 'tel:+61255500100'],
    ['+61 491 570 110', 'tel:+61491570110'],
    ['1300 555 011', 'tel:1300555011'],
    ['(03) 9000-1234', 'tel:0390001234'],
    ['+1 (555) 010.0199', 'tel:+15550100199'],
    ['000', 'tel:000'],
    ['+61\u00a02\u00a05550\u00a00100', 'tel:+61255500100'],
  ])('dials %j', (phone, expected) => {
    expect(telUrl(phone)).toBe(expected);
  });

  test('drops the (0) trunk prefix of an international number, which no one dials from abroad', () => {
    expect(telUrl('+44 (0)20 7946 0123')).toBe('tel:+442079460123');
    expect(telUrl('(0)20 7946 0123')).toBe('tel:02079460123');
  });

  test.each([
    ['+61 3 9000 1234 ext. 567'],
    ['+61 3 9000 1234 ext 567'],
    ['+61 3 9000 1234 Ext: 567'],
    ['+61 3 9000 1234 extension 567'],
    ['+61 3 9000 1234 x567'],
    ['+61 3 9000 1234x567'],
    ['+61 3 9000 1234 X 567'],
    ['+61 3 9000 1234 #567'],
    ['+61 3 9000 1234, 567'],
    ['+61 3 9000 1234;ext=567'],
  ])('dials the number and leaves the extension to ask for: %j', (phone) => {
    expect(telUrl(phone)).toBe('tel:+61390001234');
  });

  test('dials the first of two numbers, never both run together', () => {
    expect(telUrl('0491 570 110 / 0491 570 156')).toBe('tel:0491570110');
    expect(telUrl('0491 570 110 or 0491 570 156')).toBe('tel:0491570110');
  });

  test('ignores a note in brackets after the number', () => {
    expect(telUrl('+61 491 570 110 (after hours)')).toBe('tel:+61491570110');
  });

  test.each([
    ['1-800-FLOWERS', 'letters stand for digits'],
    ['call the front desk', 'no number'],
    ['ask Sam for 0400 123 456', 'words before the number'],
    ['+61 2 5550 0100 +61 2 5550 0101', 'two plus signs'],
    ['0491 570 110 0491 570 156', 'two numbers without a separator'],
    ['12', 'too short'],
    ['', 'empty'],
    [undefined, 'absent'],
  ])('gives no link for %j (%s)', (phone, why) => {
    expect(telUrl(phone), why).toBeUndefined();
  });
});

describe('mailtoUrl', () => {
  test.each([
    ['help@example.com', 'mailto:help@example.com'],
    ['first.last+bcp@mail.example.com.au', 'mailto:first.last+bcp@mail.example.com.au'],
    ['  help@example.com ', 'mailto:help@example.com'],
    ['info@bücher.example', 'mailto:info@bücher.example'],
  ])('writes to %j', (email, expected) => {
    expect(mailtoUrl(email)).toBe(expected);
  });

  test.each([
    ['help@example.com?cc=everyone@example.com', 'a second recipient'],
    ['help@example.com?subject=x&body=y', 'a subject and body'],
    ['a@example.com,b@example.com', 'two addresses'],
    ['Sam <sam@example.com>', 'a display name'],
    ['"quoted"@example.com', 'quotes'],
    ['sam at example dot com', 'no @'],
    ['sam@', 'no domain'],
    ['sam@example', 'a domain without a dot'],
    ['javascript:alert(1)//@example.com', 'a script'],
    ['', 'empty'],
    [undefined, 'absent'],
  ])('gives no link for %j (%s)', (email, why) => {
    expect(mailtoUrl(email), why).toBeUndefined();
  });
});
