// The page's own crash screen. Whatever stops the widget — a wasm that does not download, a
// trap (a Rust panic is `RuntimeError: unreachable` in release builds), a JS exception thrown
// out of the wasm, a rejected promise, a page file that fails to load — it reveals the page's
// hidden #twofold-crash in place of #twofold, without needing the Rust panic hook to run.
// It shows only texts already in the page: one block per language (`lang`; the first is the
// default, `?lang=` picks another), never anything from the error.
//
// Loaded with `defer` before the widget's loader (a module script, which runs after it), so
// the page's elements exist when it starts and it never blocks parsing. External on purpose:
// a CSP of `script-src 'self'` allows it, where it would refuse an inline script.
(() => {
  const show = () => {
    const crash = document.getElementById('twofold-crash');
    const root = document.getElementById('twofold');
    if (!crash || !crash.hidden) return;
    const blocks = [...crash.children];
    const lang = (new URLSearchParams(location.search).get('lang') || '').toLowerCase();
    const chosen = blocks.find((b) => b.lang.toLowerCase() === lang) || blocks[0];
    blocks.forEach((b) => (b.hidden = b !== chosen));
    // Focus moves only if it was in the widget that disappears; never on load.
    const hadFocus = root && root.contains(document.activeElement);
    if (root) root.hidden = true;
    crash.hidden = false;
    if (hadFocus) chosen.querySelector('a').focus();
  };
  // Runtime errors are ErrorEvents; a page file that fails to load (the glue, the wasm
  // preload) fires a plain `error` at its element, seen here in the capture phase.
  addEventListener('error', (e) => (e instanceof ErrorEvent || /^(SCRIPT|LINK)$/.test(e.target.tagName)) && show(), true);
  addEventListener('unhandledrejection', show);
})();
