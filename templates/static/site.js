/*
 * advisory-site: optional enhancements; every page is fully usable without them.
 * - The language switch keeps the reader's place: section ids are the same in both languages,
 *   so the section being read (the last heading above the top of the window, else the
 *   current #fragment) is carried over to the other language's page.
 * - On the root page, the choice matching the browser's language is highlighted. It never
 *   redirects: the reader always chooses.
 */
(function () {
  'use strict';

  /** The id of the section the reader is in: the last heading that has scrolled past the top. */
  function currentSection() {
    var headings = document.querySelectorAll('.doc-body h2[id], .doc-body h3[id], .doc-body h4[id], .doc-body h5[id], .doc-body h6[id]');
    var id = null;
    for (var i = 0; i < headings.length; i++) {
      if (headings[i].getBoundingClientRect().top > 80) break;
      id = headings[i].id;
    }
    return id ? '#' + id : (location.hash || '');
  }

  function syncLanguageSwitch() {
    var links = document.querySelectorAll('a.lang-switch');
    for (var i = 0; i < links.length; i++) {
      var a = links[i];
      var base = a.getAttribute('data-base-href');
      if (base === null) {
        base = (a.getAttribute('href') || '').split('#')[0];
        a.setAttribute('data-base-href', base);
      }
      a.setAttribute('href', base + currentSection());
    }
  }

  function suggestLanguage() {
    var choices = document.querySelectorAll('[data-lang-choice]');
    if (!choices.length) return;
    var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
    for (var i = 0; i < wanted.length; i++) {
      var code = String(wanted[i]).toLowerCase().split('-')[0];
      for (var j = 0; j < choices.length; j++) {
        if (choices[j].getAttribute('data-lang-choice') === code) {
          choices[j].className += ' suggested';
          return;
        }
      }
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    syncLanguageSwitch();
    suggestLanguage();
  });
  window.addEventListener('hashchange', syncLanguageSwitch);
  document.addEventListener('click', function (e) {
    var t = e.target;
    if (t && t.closest && t.closest('a.lang-switch')) syncLanguageSwitch();
  }, true);
})();
