// The page's own script, for what the wasm cannot or need not do itself. One external file,
// so it costs one request and a CSP of `script-src 'self'` allows it (it would refuse an
// inline script). Loaded with `defer` before the widget's loader (a module script, which runs
// after it), so the page's elements exist when it starts and it never blocks parsing. It has
// no `integrity` value, so a sandboxed frame loads it without CORS. Five parts:
// 1. the crash screen; 2. fitting the host's frame to the content; 3. the page's title and
// language, in the learner's; 4. the learner's language's files, fetched for the widget;
// 5. the widget taking over a pre-rendered first screen.

// 1. The page's own crash screen. Whatever stops the widget — a wasm that does not download, a
// trap (a Rust panic is `RuntimeError: unreachable` in release builds), a JS exception thrown
// out of the wasm, a rejected promise, a page file that fails to load — it reveals the page's
// hidden #twofold-crash in place of #twofold (the wasm has no panic hook: in the release
// build a panic is that trap, and nothing else runs).
// It shows only texts the page has, never anything from the error: the page's English block,
// worded in the learner's language by that language's table when the page can have it (part
// 4; the crash texts are its first three): the widget's language, else the one part 4 chose
// (?lang=, else the browser's, each by primary subtag); its `lang` and `dir` set.
(() => {
  const show = () => {
    const crash = document.getElementById('twofold-crash');
    const root = document.getElementById('twofold');
    // Once only (one failure can fire several errors).
    if (!crash || crash.dataset.shown) return;
    crash.dataset.shown = 1;
    const block = crash.firstElementChild;
    const shown = root && root.querySelector('[lang]');
    const lang = shown ? shown.lang : twofoldLang.guess;
    // Focus moves only if it was in the widget that disappears (or was lost with an element
    // the widget removed as it stopped, leaving it on the body); never on load.
    const active = document.activeElement;
    const hadFocus = root && (root.contains(active) || (focusWasIn && (!active || active === document.body)));
    twofoldLang.table(lang).then(([, table]) => {
      const texts = (table || '').split(/\x1e/);
      if (texts[2]) {
        block.lang = lang;
        block.dir = shown ? shown.dir : RTL.includes(lang) ? 'rtl' : 'ltr';
        [...block.children].forEach((e, i) => (e.textContent = texts[i]));
      }
      if (root) root.hidden = true;
      crash.hidden = false;
      if (hadFocus) block.querySelector('a').focus();
    });
  };
  // Whether focus was last seen inside the widget.
  let focusWasIn = false;
  addEventListener('focusin', (e) => {
    const root = document.getElementById('twofold');
    focusWasIn = !!root && root.contains(e.target);
  });
  // Runtime errors are ErrorEvents; a page file that fails to load (the glue, the wasm
  // preload) fires a plain `error` at its element, seen here in the capture phase.
  addEventListener('error', (e) => (e instanceof ErrorEvent || /^(SCRIPT|LINK)$/.test(e.target.tagName)) && show(), true);
  addEventListener('unhandledrejection', show);
})();

// 2. Fitting the host's frame to the content; nothing happens unless the page is in a frame.
// It reports the content's height (the document's box, which shrinks with the content, unlike
// scrollHeight) whenever it changes (a size observer on the document sees every screen, card,
// feedback, results, window resize and transition; a mutation observer the widget's changes
// while the frame is out of view and not rendered; and once web fonts have loaded), to the
// parent window only, in each host's protocol; every message carries only a height, so it
// goes to "*":
// - H5P's resizer (Moodle, the WordPress H5P plugin): {context:'h5p', action:'hello'} once,
//   then {context:'h5p', action:'resize', scrollHeight} unprompted (in a sandboxed frame the
//   parent's answer cannot arrive), and again when the parent says hello or resize;
// - WordPress's oEmbed host script: {message:'height', value, secret} when the URL carries
//   #?secret= (letters and digits), and again on its {message:'ready', secret};
// - Canvas: {subject:'lti.frameResize', height};
// - Twofold's embed.js: {twofold:'height', height, screen}, `screen` true when a new screen
//   opened (the widget's root changes its data-screen), so a host that opted in can bring the
//   frame's top into view; and again when embed.js asks ({twofold:'ask'}).
// Messages from any window but the parent are ignored. It marks <html data-framed>, so the
// styles let the content alone set the height.
(function () {
  'use strict';
  var parent = window.parent;
  if (!parent || parent === window) return;
  var root = document.documentElement;
  root.setAttribute('data-framed', '');
  var secret = (location.hash.match(/[#?&]secret=([A-Za-z0-9]{1,64})(?:&|$)/) || [])[1];
  var last = -1;
  function post(data) {
    try { parent.postMessage(data, '*'); } catch (e) { /* the parent is gone */ }
  }
  function send(screen, asked) {
    var height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last && !screen && !asked) return;
    last = height;
    post({ context: 'h5p', action: 'resize', scrollHeight: height, clientHeight: height });
    post({ subject: 'lti.frameResize', height: height });
    post({ twofold: 'height', height: height, screen: !!screen });
    if (secret) post({ message: 'height', value: height, secret: secret });
  }
  post({ context: 'h5p', action: 'hello' });
  window.addEventListener('message', function (event) {
    var d = event.data;
    if (event.source !== parent || !d || typeof d !== 'object') return;
    var h5p = d.context === 'h5p' && (d.action === 'hello' || d.action === 'resize');
    var wordpress = d.message === 'ready' && secret && d.secret === secret;
    if (h5p || wordpress || d.twofold === 'ask') send(false, true);
  });
  if (window.ResizeObserver) new ResizeObserver(function () { send(false, false); }).observe(root);
  else window.addEventListener('resize', function () { send(false, false); });
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(function () { send(false, false); });
  // The widget's changes: a new screen (its root, inside #twofold, changes data-screen), and
  // every other change, seen here too because a frame out of view is not rendered, so its
  // size observer waits until the host scrolls it into view (one measure per batch).
  var widget = document.getElementById('twofold') || document.body;
  var due = null;
  new MutationObserver(function (changes) {
    var screen = false;
    for (var i = 0; i < changes.length; i++) {
      if (changes[i].attributeName === 'data-screen' && changes[i].oldValue !== null) screen = true;
    }
    if (due === null) {
      due = screen;
      setTimeout(function () { var s = due; due = null; send(s, false); }, 0);
    } else if (screen) due = true;
  }).observe(widget, { subtree: true, childList: true, characterData: true, attributes: true, attributeOldValue: true });
  send(false, true);
})();

// 3. The page's title and language follow the widget's. The build writes each page's English
// <title>; in another language the widget's root carries its lang and dir and the title's form
// (data-title, `page.title`: "Twofold : {activity}"), and the tab takes the open screen's
// heading as the activity, whenever the widget changes.
(() => {
  const widget = document.getElementById('twofold');
  if (!widget) return;
  const follow = () => {
    const root = widget.querySelector('[data-title]');
    const heading = root && root.querySelector('h1');
    if (!heading) return;
    const page = document.documentElement;
    page.lang = root.lang;
    page.dir = root.dir;
    const title = root.dataset.title.replace('{activity}', heading.textContent);
    if (document.title !== title) document.title = title;
  };
  new MutationObserver(follow).observe(widget, { subtree: true, childList: true, characterData: true });
  // A pre-rendered first screen is there before the widget.
  follow();
})();

// 4. The learner's language's files, and their choice. The widget asks here, `twofoldLang(lms)`,
// with the LMS's learner preference in a package build (BCP 47 tags, comma-separated, in the
// LMS's order), with nothing in the plain build; the language is the first of ?lang=, the LMS's
// tags and the browser's languages with a table, by primary subtag, else English (the rule of the
// core's `Lang::negotiate`; `twofoldLang.guess`, the same without an LMS, and
// js/prerender-head.js picks the pre-rendered variant by it, showing none for a `?lang=` naming
// none): a promise of `en` for English, of the language's code, U+001D and its texts as the build
// publishes them for another (its table content/<code>/i18n.<hash>.txt, named by the manifest's
// `langs`, less its head), once the manifest in the page is the one at the table's head (the same
// in that language: its decks and questionnaire, English's where not translated), so the widget
// reads it as in English; of nothing when the table cannot be had. A table the page carries (the
// sandbox pages carry every file) is taken as fetched. The guess is fetched at once, alongside
// the wasm, on a page that preloads the wasm (every page but the sandbox pages). Each table is
// fetched once.
const RTL = ['ar', 'fa', 'he', 'ur'];
(() => {
  const manifest = document.getElementById('twofold-content');
  let langs = {};
  try {
    langs = JSON.parse(manifest.textContent).langs || langs;
  } catch (e) { /* no manifest: English only */ }
  const got = {};
  // The language's table as [head, texts]; [] when there is none to be had.
  const table = (lang) =>
    got[lang] ||
    (got[lang] = (async () => {
      const href = langs[lang];
      const carried = href && document.querySelector(`script[data-twofold-file="${href}"]`);
      const r = carried || (href && (await fetch(href)));
      const text = carried ? carried.textContent : r && r.ok && (await r.text());
      return text ? text.split(/\x1d/) : [];
    })().catch(() => []));
  const asked = new URLSearchParams(location.search).get('lang');
  const browser = navigator.languages || [];
  const pick = (tags) => tags.map((t) => (t || '').trim().toLowerCase().split(/[-_]/)[0]).find((l) => l === 'en' || langs[l]) || 'en';
  const twofoldLang = (window.twofoldLang = async (lms) => {
    const lang = lms ? pick([asked, ...lms.split(','), ...browser]) : twofoldLang.guess;
    const [head, texts] = await table(lang);
    if (texts) manifest.textContent = head;
    return lang === 'en' ? lang : texts && lang + String.fromCharCode(29) + texts;
  });
  twofoldLang.table = table;
  twofoldLang.guess = pick([asked, ...browser]);
  if (document.querySelector('link[href$=".wasm"]')) table(twofoldLang.guess);
})();

// 5. The pre-rendered first screen's take-over. The build writes the first screen into the page
// (scripts/prerender.mjs) and its head script (js/prerender-head.js) keeps the variant the
// widget will render, recording what the learner does on it (clicks, radio choices, keys the
// widget reads) with paths of element indices. The wasm mounts over it (Yew empties #twofold
// and renders the same screen before anything paints); at once, before that paint: focus goes
// back to where it was in the pre-render, an animation the pre-render was playing goes on from
// where it was (not again from the start), and what was recorded is replayed, in order, on the
// widget's own elements at the same places (a click, or the key's keydown). Not where the head
// script dropped the variant before the take-over (a fragment with a result that arrived late).
(() => {
  const widget = document.getElementById('twofold');
  const pre = widget && widget.querySelector(':scope > [data-pre]');
  if (!pre) return;
  const path = (el) => {
    if (!el || !pre.contains(el)) return null;
    const steps = [];
    for (; el !== pre; el = el.parentElement) steps.unshift([...el.parentElement.children].indexOf(el));
    return steps;
  };
  let focused = path(document.activeElement);
  pre.addEventListener('focusin', (e) => (focused = path(e.target)));
  pre.addEventListener('focusout', (e) => !pre.contains(e.relatedTarget) && pre.isConnected && (focused = null));
  const playing = pre.getAnimations ? pre.getAnimations({ subtree: true }) : [];
  const taken = new MutationObserver(() => {
    const root = widget.firstElementChild;
    if (!root || root.hasAttribute('data-pre')) return;
    taken.disconnect();
    // The head script dropped the variant (a result link arrived late): nothing to carry over.
    if (!document.documentElement.hasAttribute('data-pre-lang')) return;
    const at = (steps) => steps.reduce((el, i) => el && el.children[i], root);
    const start = playing.map((a) => a.startTime).find((t) => t !== null);
    if (root.getAnimations) for (const a of root.getAnimations({ subtree: true })) {
      if (start === undefined) a.finish(); else a.startTime = start;
    }
    const target = focused && at(focused);
    if (target) target.focus({ preventScroll: true });
    for (const { p, k, c } of (window.twofoldPre || []).splice(0)) {
      const el = at(p);
      if (el && k) el.dispatchEvent(new KeyboardEvent('keydown', { key: k, code: c, bubbles: true, cancelable: true }));
      else if (el) el.click();
    }
  });
  taken.observe(widget, { childList: true });
})();
