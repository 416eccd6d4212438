/* global document */
// The menu button of the offline site. Without JavaScript the button stays hidden and the menu stays open, as on
// a desktop; with it, a phone shows one short header row and the menu opens on a tap.
(function () {
  'use strict';
  const header = document.querySelector('.site-header');
  const button = document.querySelector('.menu-button');
  if (!header || !button) return;
  header.classList.add('has-menu-button');
  button.hidden = false;
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    header.classList.toggle('menu-open', open);
  });
})();
