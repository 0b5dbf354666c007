// The page's own crash screen (a classic script in <head>, run before the widget's loader).
// Whatever stops the widget — a wasm that does not download, a trap (a Rust panic is
// `RuntimeError: unreachable` in release builds), a JS exception thrown out of the wasm, a
// rejected promise — it reveals the page's hidden #twofold-crash in place of #twofold. It
// shows only texts already in the page (one block per language, `lang` attribute; the first
// is the default, `?lang=` picks another; `?theme=light|dark` is followed), never anything
// from the error, and it does not depend on the Rust panic hook having run. External on
// purpose: a CSP of `script-src 'self'` allows it, where it would refuse an inline script.
(() => {
  const CRASH_ID = 'twofold-crash';
  const ROOT_ID = 'twofold';

  const query = new URLSearchParams(location.search);

  // The language block to show: the one ?lang= names, else the first.
  const pick = (blocks) => {
    const wanted = (query.get('lang') || '').toLowerCase();
    return blocks.find((b) => b.lang.toLowerCase() === wanted) || blocks[0];
  };

  let crashed = false;

  const show = () => {
    const crash = document.getElementById(CRASH_ID);
    if (!crash || !crash.hidden) return;
    const blocks = Array.from(crash.children).filter((b) => b.lang);
    const chosen = pick(blocks);
    for (const b of blocks) b.hidden = b !== chosen;
    const root = document.getElementById(ROOT_ID);
    const hadFocus = root && root.contains(document.activeElement);
    if (root) root.hidden = true;
    const theme = query.get('theme');
    if (theme === 'light' || theme === 'dark') crash.dataset.theme = theme; // as ?theme= asks
    crash.hidden = false;
    // Focus moves only if it was in the widget that just disappeared; never on load.
    const link = chosen && chosen.querySelector('a[href]');
    if (hadFocus && link) link.focus();
  };

  // An error before the body is parsed is shown as soon as it is.
  const fail = () => {
    crashed = true;
    if (document.readyState !== 'loading') show();
  };
  document.addEventListener('DOMContentLoaded', () => crashed && show());

  // A file the page needs that fails to load (the glue, the wasm preload, a stylesheet)
  // fires `error` on its element, seen here in the capture phase.
  const isPageFile = (t) =>
    t instanceof HTMLScriptElement ||
    (t instanceof HTMLLinkElement && /\b(preload|modulepreload|stylesheet)\b/.test(t.rel));

  addEventListener(
    'error',
    (e) => {
      if (e instanceof ErrorEvent || isPageFile(e.target)) fail();
    },
    true,
  );
  addEventListener('unhandledrejection', fail);
})();
