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

  it('breaks a run of exactly 31 letters, of any script, wherever it stands, and no run of 30', () => {
    const thirtyOne = 'ä'.repeat(31);
    const view = breakLongWords({
      at31: `(${thirtyOne})`,
      cyrillic: 'Ж'.repeat(31),
      at30: `x ${'a'.repeat(30)} y`,
      html: new Handlebars.SafeString(`<p>${thirtyOne}</p>`),
    });
    expect(view.at31).toBe(`(${'ä'.repeat(20)}\u200B${'ä'.repeat(11)})`);
    expect(view.cyrillic).toBe(`${'Ж'.repeat(20)}\u200B${'Ж'.repeat(11)}`);
    expect(view.at30).toBe(`x ${'a'.repeat(30)} y`);
    expect(view.html.toString()).toBe(`<p>${'ä'.repeat(20)}\u200B${'ä'.repeat(11)}</p>`);
  });
});
