import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { breakLongWords } from '../../../src/render/view/long-words.js';

const long = 'Donaudampfschifffahrtsgesellschaftskapitaen';

describe('breakLongWords', () => {
  it('puts a zero-width space every 20 characters of a very long word, and leaves ordinary words whole', () => {
    const view = breakLongWords({ title: `Fire at ${long}`, steps: [{ action: 'Call Microsoft support' }] });
    expect(view.title).toBe('Fire at Donaudampfschifffahr\u200Btsgesellschaftskapit\u200Baen');
    expect(view.steps[0]?.action).toBe('Call Microsoft support');
  });

  it('leaves addresses and the tags of HTML alone, and keeps shared objects shared', () => {
    const person = { name: long };
    const html = new Handlebars.SafeString(`<a href="#${long}">${long}</a>`);
    const view = breakLongWords({ lead: person, deputy: person, url: `https://example.com/${long}`, html });
    expect(view.lead).toBe(view.deputy);
    expect(view.url).toBe(`https://example.com/${long}`);
    expect(view.html.toString()).toBe(`<a href="#${long}">Donaudampfschifffahr\u200Btsgesellschaftskapit\u200Baen</a>`);
  });
});
