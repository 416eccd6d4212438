/* global window, document, URLSearchParams */
// The search page of the offline site. The index is inlined into the page (window.bcpSearchDocuments), because a
// page opened from file:// cannot fetch a file. Results are built with DOM nodes and textContent, never innerHTML.
(function () {
  'use strict';
  const MiniSearch = window.MiniSearch;
  const input = document.getElementById('search-q');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  if (!MiniSearch || !input || !status || !list) return;

  const index = new MiniSearch({
    fields: ['title', 'aliases', 'text'],
    storeFields: ['kind', 'title', 'text', 'url'],
    searchOptions: { boost: { title: 3, aliases: 2 }, prefix: true, fuzzy: 0.2 },
  });
  index.addAll(window.bcpSearchDocuments || []);

  const LIMIT = 50;

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  // The start of the text, or some words around the first match when it is further in (a long procedure).
  function snippet(text, terms) {
    const SIZE = 200;
    const lower = text.toLowerCase();
    const positions = terms.map((term) => lower.indexOf(term.toLowerCase())).filter((at) => at >= 0);
    const at = positions.length > 0 ? Math.min(...positions) : 0;
    const start = at + 40 < SIZE ? 0 : text.lastIndexOf(' ', at - 60) + 1;
    let end = start + SIZE >= text.length ? text.length : text.lastIndexOf(' ', start + SIZE);
    if (end <= at) end = Math.min(text.length, at + 80);
    return (start > 0 ? '… ' : '') + text.slice(start, end).trim() + (end < text.length ? ' …' : '');
  }

  function appendMarked(parent, text, terms) {
    if (terms.length === 0) {
      parent.append(text);
      return;
    }
    const pattern = new RegExp('(' + terms.map(escapeRegExp).join('|') + ')', 'gi');
    text.split(pattern).forEach((part, i) => {
      if (i % 2 === 1) {
        const mark = document.createElement('mark');
        mark.textContent = part;
        parent.append(mark);
      } else if (part) {
        parent.append(part);
      }
    });
  }

  function render(query) {
    list.replaceChildren();
    const trimmed = query.trim();
    if (!trimmed) {
      status.textContent = 'Type a name, a system, or a word from a step.';
      return;
    }
    let results = index.search(trimmed, { combineWith: 'AND' });
    if (results.length === 0) results = index.search(trimmed);
    if (results.length === 0) {
      status.textContent = 'Nothing found for “' + trimmed + '”. Try fewer or shorter words.';
      return;
    }
    const shown = results.slice(0, LIMIT);
    status.textContent =
      results.length === 1
        ? '1 result for “' + trimmed + '”.'
        : results.length +
          ' results for “' +
          trimmed +
          '”' +
          (results.length > LIMIT ? ', the best ' + LIMIT + ' shown.' : '.');
    for (const result of shown) {
      const item = document.createElement('li');
      const kind = document.createElement('span');
      kind.className = 'result-kind';
      kind.textContent = result.kind;
      const link = document.createElement('a');
      link.href = result.url;
      appendMarked(link, result.title, result.terms);
      const heading = document.createElement('p');
      heading.className = 'result-title';
      heading.append(kind, ' ', link);
      const text = document.createElement('p');
      text.className = 'result-text';
      appendMarked(text, snippet(result.text, result.terms), result.terms);
      item.append(heading, text);
      list.append(item);
    }
  }

  // Results as you type, once the typing pauses: not a search per keystroke on a slow phone.
  const PAUSE_MS = 150;
  let timer = null;
  function renderSoon(text) {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => render(text), PAUSE_MS);
  }

  const query = new URLSearchParams(window.location.search).get('q') || '';
  input.value = query;
  render(query);
  input.addEventListener('input', () => renderSoon(input.value));
  // The header's box on this page searches here too, as you type, and keeps the page's box in step.
  const headerInput = document.getElementById('site-search-q');
  if (headerInput) {
    headerInput.value = query;
    headerInput.addEventListener('input', () => {
      input.value = headerInput.value;
      renderSoon(headerInput.value);
    });
  }
})();
