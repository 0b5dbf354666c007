// The pre-rendered first screen's head script: inline in each entry page's <head> (the build,
// scripts/prerender.mjs, writes it there and its hash into the CSP), since it must run before
// the first paint. The page carries its first screen as Yew renders it for a first visit, once
// per language (`#twofold > [data-pre=<code>]`, each hidden by the page's style until chosen).
// This script picks the variant the widget will render, or none where something overrides a
// fresh start, and records what the learner does on it until the wasm takes over (js/page.js
// replays it). Its rules, each no looser than the widget's (src/ui/app.rs, sort/screen.rs, config):
// - the language: `?lang=`, else the first of navigator.languages with a table, else the first
//   variant (English), each by its primary subtag, trimmed (js/page.js's `twofoldLang.guess`,
//   which picks the language the wasm renders, by the same rule); a `?lang=` naming none shows
//   none (the widget names the bad value on screen);
// - any other query parameter (but `theme=auto`), or a `result=` in the fragment, shows none;
//   a fragment with `result=` that arrives later (a hashchange) drops the variant shown;
// - storage that cannot be used shows none on the sorting and chooser pages (they say so);
// - saved progress that changes the first screen shows none: on index.html a saved screen other
//   than home; on a deck's page that deck's game; on sort.html a last deck other than the first
//   (it is preselected) or its game; on chooser.html the chooser's answers.
// With none, every variant is dropped as it is parsed, and the page is as without pre-render.
(function () {
  var html = document.documentElement;
  var page = html.getAttribute('data-pre-page');
  var deck = html.getAttribute('data-pre-deck');
  var langs = (html.getAttribute('data-pre-langs') || '').split(' ');
  var query = new URLSearchParams(location.search);
  var code = function (tag) { return (tag || '').trim().split(/[-_]/)[0].toLowerCase(); };
  var asked = query.get('lang');
  var tags = [asked].concat(navigator.languages || []).map(code);
  var lang = asked !== null && langs.indexOf(code(asked)) < 0 ? null
    : tags.filter(function (t) { return langs.indexOf(t) >= 0; })[0] || langs[0];
  query.forEach(function (value, key) {
    if (key !== 'lang' && !(key === 'theme' && value === 'auto')) lang = null;
  });
  if (/result=/.test(location.hash)) lang = null;
  var store;
  try {
    store = localStorage;
    store.setItem('twofold:probe', '1');
    store.removeItem('twofold:probe');
  } catch (e) {
    store = null;
    if (page !== 'index') lang = null;
  }
  if (store && lang) {
    var get = function (key) { return store.getItem('twofold:v1:' + key); };
    var index = get('index');
    var field = function (name, old) {
      return index === null ? get(old) : (index.match(new RegExp(';' + name + '=([^;]*)')) || [])[1];
    };
    var screen = field('o', 'screen');
    var last = field('l', 'last-deck');
    if (page === 'index' ? screen && screen !== 'home'
      : page === 'chooser' ? get('chooser') !== null
      : page === 'sort' && last ? last !== deck || get('game:' + deck) !== null
      : page === 'deck' && get('game:' + deck) !== null) lang = null;
  }
  if (lang) html.setAttribute('data-pre-lang', lang);
  // Framed, the content alone sets the height (js/page.js marks it too, after the first paint).
  if (window.parent !== window) html.setAttribute('data-framed', '');
  // Each variant as it is parsed: the chosen one gives the page its language and direction (as
  // js/page.js does once the widget runs), the others leave the page, so it holds one copy of
  // each id (and none of the rest) before anything paints. A later variant's checked radio
  // unchecked the chosen one's of the same name as it arrived: checked again.
  var chosen;
  var seen = new MutationObserver(function (changes) {
    changes.forEach(function (change) {
      change.addedNodes.forEach(function (node) {
        var variant = node.nodeType === 1 && node.getAttribute('data-pre');
        if (!variant) return;
        if (variant !== lang) {
          node.remove();
          if (chosen) chosen.querySelectorAll('input[checked]').forEach(function (i) { i.checked = true; });
          return;
        }
        chosen = node;
        if (node.hasAttribute('data-title')) {
          html.lang = node.lang;
          html.dir = node.dir;
        }
      });
    });
  });
  seen.observe(html, { childList: true, subtree: true });
  addEventListener('DOMContentLoaded', function () { seen.disconnect(); });
  // A result link that arrives after this script ran (embed.js gives a frame the host page's
  // #result=… once it has started loading) drops the variant and what was done on it, so the
  // page is as without pre-render and the widget opens that result (it compares the fragment
  // again once it runs, and hears later ones).
  addEventListener('hashchange', function () {
    if (!/result=/.test(location.hash)) return;
    lang = null;
    html.removeAttribute('data-pre-lang');
    if (chosen && chosen.isConnected) chosen.remove();
    done.length = 0;
  });
  // What the learner does on the pre-render until the wasm replaces it, each with its target as
  // a path of element indices from the variant's root (the widget's root is at the same place,
  // with the same children): a click on a button, summary or link; a choice of a radio (by
  // click, label, Space or arrows: its change); a key the widget reads (a character, or Enter
  // where it is not a button's click).
  var done = (window.twofoldPre = []);
  var record = function (target, key, code) {
    var path = [];
    for (var el = target; el && !el.hasAttribute('data-pre'); el = el.parentElement) {
      path.unshift([].indexOf.call(el.parentElement ? el.parentElement.children : [], el));
    }
    if (el && el.isConnected && lang) done.push({ p: path, k: key, c: code });
  };
  addEventListener('click', function (e) {
    var target = e.target.closest && e.target.closest('button,summary,a');
    if (target) record(target);
  }, true);
  addEventListener('change', function (e) {
    if (e.target.type === 'radio') record(e.target);
  }, true);
  addEventListener('keydown', function (e) {
    var key = e.key || '';
    var clicks = e.target.closest && e.target.closest('button,summary,a');
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if ((key.length === 1 && key !== ' ') || (key === 'Enter' && !clicks)) record(e.target, key, e.code);
  }, true);
})();
