/*
 * advisory-site: the static search of one language (see SearchIndex.java for the index format).
 * Terms are made exactly as at build time: NFKC, lower case; Hangul runs as overlapping syllable
 * pairs (so a Korean word is found whatever particle follows it, and inside compounds); other
 * words lightly stemmed. A section matches when it has every term of the query. Results are
 * links to the section, with an excerpt whose matches are marked. No library, no innerHTML.
 */
(function () {
  'use strict';

  var form = document.getElementById('search_form');
  if (!form) return;
  var input = document.getElementById('search_q');
  var status = document.getElementById('search_status');
  var list = document.getElementById('search_results');
  var base = form.getAttribute('data-index');
  var strings = {
    none: form.getAttribute('data-none'),
    one: form.getAttribute('data-one'),
    some: form.getAttribute('data-some'),
    loading: form.getAttribute('data-loading')
  };
  var MAX_RESULTS = 50;
  var loaded = {};
  var waiting = {};
  var meta = null;
  var texts = {};
  var shards = {};

  window.AdvisorySearch = {
    load: function (kind, n, data) {
      if (kind === 'meta') meta = data;
      else if (kind === 'terms') shards[n] = data;
      else if (kind === 'text') texts[n] = data;
      var key = kind + '-' + n;
      loaded[key] = true;
      (waiting[key] || []).forEach(function (f) { f(); });
      delete waiting[key];
    }
  };

  /** Loads an index file once (a script tag works from file:// too) and calls back when it is in. */
  function need(kind, n, done) {
    var key = kind + '-' + n;
    if (loaded[key]) { done(); return; }
    if (waiting[key]) { waiting[key].push(done); return; }
    waiting[key] = [done];
    var s = document.createElement('script');
    s.src = base + (kind === 'meta' ? 'meta.js' : kind + '-' + n + '.js');
    s.async = true;
    document.head.appendChild(s);
  }

  function needAll(items, done) {
    var left = items.length;
    if (!left) { done(); return; }
    items.forEach(function (it) { need(it[0], it[1], function () { if (--left === 0) done(); }); });
  }

  function isHangul(c) { return c >= '\uAC00' && c <= '\uD7A3'; }
  var WORD = /[\p{L}\p{Nd}]/u;

  function stem(w) {
    if (w.length <= 3 || !/^[a-z]+$/.test(w)) return w;
    if (w.length > 4 && /ies$/.test(w)) return w.slice(0, -3) + 'y';
    if (/sses$/.test(w)) return w.slice(0, -2);
    if (w.length > 5 && /ing$/.test(w)) return w.slice(0, -3);
    if (w.length > 4 && /ed$/.test(w)) return w.slice(0, -2);
    if (/s$/.test(w) && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
    return w;
  }

  /** The terms of a text, as SearchIndex.terms makes them; also the words, for highlighting. */
  function analyse(text) {
    var s = text.normalize('NFKC').toLowerCase();
    var terms = [], words = [];
    var i = 0;
    while (i < s.length) {
      var c = s.charAt(i), start = i;
      if (isHangul(c)) {
        while (i < s.length && isHangul(s.charAt(i))) i++;
        // A one-syllable word is looked up as such (the index has every word's first syllable);
        // a longer one by its syllable pairs only, so that it is found inside compounds too.
        if (i - start === 1) terms.push(s.slice(start, i));
        for (var k = start; k + 1 < i; k++) terms.push(s.slice(k, k + 2));
        words.push({ text: s.slice(start, i), prefix: false });
      } else if (WORD.test(c)) {
        while (i < s.length && WORD.test(s.charAt(i)) && !isHangul(s.charAt(i))) i++;
        var w = s.slice(start, i);
        terms.push(stem(w));
        words.push({ text: stem(w), prefix: true });
      } else {
        i++;
      }
    }
    return { terms: unique(terms), words: words };
  }

  function unique(a) {
    var seen = {}, out = [];
    a.forEach(function (x) { if (!seen[x]) { seen[x] = true; out.push(x); } });
    return out;
  }

  /** FNV-1a over UTF-16 code units, as SearchIndex.shard. */
  function shardOf(term, n) {
    var h = 0x811c9dc5;
    for (var i = 0; i < term.length; i++) {
      h ^= term.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return (h >>> 0) % n;
  }

  function postings(term) {
    var p = shards[shardOf(term, meta.shards)];
    var packed = p && Object.prototype.hasOwnProperty.call(p, term) ? p[term] : null;
    if (packed === null) return [];
    var out = [], at = 0;
    packed.split(',').forEach(function (d) { at += parseInt(d, 36); out.push(at); });
    return out;
  }

  function intersect(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { out.push(a[i]); i++; j++; } else if (a[i] < b[j]) i++; else j++;
    }
    return out;
  }

  var generation = 0;

  function run() {
    var query = input.value.trim();
    var mine = ++generation;
    history.replaceState(null, '', query ? '?q=' + encodeURIComponent(query) : location.pathname);
    clear(list);
    if (!query) { status.textContent = ''; return; }
    var q = analyse(query);
    if (!q.terms.length) { status.textContent = strings.none; return; }
    status.textContent = strings.loading;
    need('meta', 0, function () {
      var wanted = unique(q.terms.map(function (t) { return shardOf(t, meta.shards); }));
      needAll(wanted.map(function (n) { return ['terms', n]; }), function () {
        if (mine !== generation) return;
        var hits = null;
        q.terms.forEach(function (t) { hits = hits === null ? postings(t) : intersect(hits, postings(t)); });
        show(q, rank(hits || [], q), mine);
      });
    });
  }

  /** Title matches first, then sections whose heading matches, then the rest in index order (newest first). */
  function rank(hits, q) {
    function score(e) {
      var entry = meta.entries[e];
      if (entry[1] === '' && entry[2] === '') return 0;
      var heading = analyse(entry[2]).terms;
      return q.terms.every(function (t) { return heading.indexOf(t) >= 0; }) ? 1 : 2;
    }
    return hits.map(function (e, i) { return { e: e, s: score(e), i: i }; })
      .sort(function (a, b) { return a.s - b.s || a.i - b.i; })
      .map(function (x) { return x.e; });
  }

  /** The results at once; each excerpt follows as soon as its document's text has loaded. */
  function show(q, hits, mine) {
    var shown = hits.slice(0, MAX_RESULTS);
    clear(list);
    status.textContent = !hits.length ? strings.none
      : hits.length === 1 ? strings.one : strings.some.replace('{0}', String(hits.length));
    shown.forEach(function (e) {
      var entry = meta.entries[e], doc = meta.docs[entry[0]];
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = doc.u + (entry[1] ? '#' + entry[1] : '');
      var title = document.createElement('span');
      title.className = 'result-title';
      title.textContent = doc.t;
      a.appendChild(title);
      if (entry[2]) {
        var section = document.createElement('span');
        section.className = 'result-section';
        section.textContent = entry[2];
        a.appendChild(document.createTextNode(' \u203a '));
        a.appendChild(section);
      }
      li.appendChild(a);
      var info = document.createElement('p');
      info.className = 'result-meta';
      info.textContent = doc.y + ' \u00b7 ' + doc.d;
      li.appendChild(info);
      list.appendChild(li);
      need('text', entry[0], function () {
        if (mine !== generation) return;
        var text = textOf(e, entry);
        if (text) li.appendChild(excerpt(text, q.words));
      });
    });
  }

  /** The entry's own text: entries of a document come in order, the title's first (its summary). */
  function textOf(e, entry) {
    var first = e;
    while (first > 0 && meta.entries[first - 1][0] === entry[0]) first--;
    var t = texts[entry[0]];
    return t ? t[e - first] : '';
  }

  /** About 200 characters around the first match, every match in it marked. */
  function excerpt(text, words) {
    // Lower case only (no NFKC), so that offsets in the copy are offsets in the text.
    var lower = text.toLowerCase();
    var spans = [];
    words.forEach(function (w) {
      var from = 0, at;
      while ((at = lower.indexOf(w.text, from)) >= 0) {
        var end = at + w.text.length;
        if (w.prefix) {
          if (at > 0 && WORD.test(lower.charAt(at - 1)) && !isHangul(lower.charAt(at - 1))) { from = end; continue; }
          while (end < lower.length && WORD.test(lower.charAt(end)) && !isHangul(lower.charAt(end))) end++;
        }
        spans.push([at, end]);
        from = end;
      }
    });
    spans.sort(function (a, b) { return a[0] - b[0]; });
    var start = spans.length ? Math.max(0, spans[0][0] - 80) : 0;
    // Start at a word boundary rather than inside a word.
    if (start > 0) {
      var space = text.slice(start, spans[0][0]).search(/\s/);
      if (space >= 0) start += space + 1;
    }
    var stop = Math.min(text.length, start + 220);
    var p = document.createElement('p');
    p.className = 'excerpt';
    var at = start;
    if (start > 0) p.appendChild(document.createTextNode('\u2026'));
    spans.forEach(function (s) {
      if (s[0] < at || s[1] > stop) return;
      p.appendChild(document.createTextNode(text.slice(at, s[0])));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(s[0], s[1]);
      p.appendChild(mark);
      at = s[1];
    });
    p.appendChild(document.createTextNode(text.slice(at, stop) + (stop < text.length ? '\u2026' : '')));
    return p;
  }

  function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); }

  var timer = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  form.addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(timer); run(); });
  var initial = new URLSearchParams(location.search).get('q');
  if (initial) { input.value = initial; run(); }
})();
