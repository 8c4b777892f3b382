/*
 * advisory-site serve: reloads the page when a rebuild succeeds, and shows the content's errors
 * (file, line, message) over the page while the last rebuild failed. Injected only by serve.
 */
(function () {
  'use strict';
  var box = null;

  function hide() {
    if (box) { box.parentNode.removeChild(box); box = null; }
  }

  function show(errors) {
    hide();
    box = document.createElement('div');
    box.id = 'preview_errors';
    box.setAttribute('role', 'alert');
    box.style.cssText = 'position:fixed;inset:0 0 auto 0;max-height:70vh;overflow:auto;z-index:99999;'
      + 'background:#fff4f4;color:#1b1b1b;border-bottom:4px solid #b50909;padding:1rem 1.25rem;'
      + 'font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;box-shadow:0 4px 16px rgba(0,0,0,.25)';
    var h = document.createElement('p');
    h.style.cssText = 'margin:0 0 .5rem;font-weight:700;color:#b50909';
    h.textContent = 'The content has ' + errors.length + (errors.length === 1 ? ' error' : ' errors')
      + ': the page shows the last good build. Fix and save; this page updates by itself.';
    box.appendChild(h);
    var list = document.createElement('ul');
    list.style.cssText = 'margin:0;padding-left:1.2rem';
    errors.forEach(function (e) {
      var li = document.createElement('li');
      li.textContent = e.file + ':' + e.line + ':' + e.column + ': ' + e.message;
      list.appendChild(li);
    });
    box.appendChild(list);
    document.body.appendChild(box);
  }

  var events = new EventSource('/__preview/events');
  events.addEventListener('reload', function () { location.reload(); });
  events.addEventListener('errors', function (e) { show(JSON.parse(e.data)); });
  events.addEventListener('ok', hide);
  // Lets tools (and the tests) see that the page is listening.
  events.addEventListener('open', function () { document.documentElement.setAttribute('data-preview', 'live'); });
})();
