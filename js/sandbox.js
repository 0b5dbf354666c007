// The loader of the sandbox-safe pages (dist/sandbox/*.html), for a frame whose origin is
// "null" (`<iframe sandbox="allow-scripts">`, as WordPress embeds a pasted link) on a host
// that sends no CORS header: there the plain page's module script, its wasm and its content
// fetches are all refused, while a classic script still loads. So scripts/sandbox-pages.mjs
// builds this file into one classic script, sandbox/twofold.<hash>.js, holding everything:
// the wasm's bytes as a string (each byte one character), the wasm-bindgen glue turned from a
// module into plain code, and every content file of every language (the pages carry none).
// The build replaces TWOFOLD_GLUE, TWOFOLD_INIT, TWOFOLD_WASM, TWOFOLD_LENGTH and
// TWOFOLD_FILES; never loaded as it is.
//
// It marks <html data-starting>, which stands down the page's CSS-only notice (shown after a
// few seconds while #twofold stays empty and no script has run: a page whose files cannot
// load), and takes over: an error while starting shows the crash screen (through js/page.js,
// or here without it); if the widget has not rendered 10 s after this script ran, the crash screen is shown
// too, never a blank or dead box.
(function () {
  'use strict';
  var html = document.documentElement;
  html.setAttribute('data-starting', '');
  function fail(why) {
    // js/page.js shows the crash screen on any ErrorEvent; without it, show it here.
    dispatchEvent(new ErrorEvent('error', { message: why }));
    var crash = document.getElementById('twofold-crash');
    if (crash && !crash.dataset.shown) {
      crash.hidden = false;
      var root = document.getElementById('twofold');
      if (root) root.hidden = true;
    }
  }
  setTimeout(function () {
    var root = document.getElementById('twofold');
    if (root && !root.firstChild) fail('Twofold did not start within 10 s');
  }, 10000);

  // The content files, as the entry pages carry theirs: inert JSON the widget reads at start
  // and takes as fetched, so it fetches nothing.
  var files = TWOFOLD_FILES;
  for (var href in files) {
    var data = document.createElement('script');
    data.type = 'application/json';
    data.setAttribute('data-twofold-file', href);
    data.textContent = files[href];
    document.head.appendChild(data);
  }

  var text = TWOFOLD_WASM;
  if (text.length !== TWOFOLD_LENGTH) throw new Error('the wasm in this script is damaged');
  var bytes = new Uint8Array(text.length);
  for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  text = null;

  // The glue in a scope of its own (its short names would clash with these).
  var init = (function () {
    TWOFOLD_GLUE;
    return TWOFOLD_INIT;
  })();

  // Caught here: a script from another origin (which every file is, to a "null" origin) has
  // its errors muted, and its unhandled rejections never reach js/page.js.
  init({ module_or_path: bytes }).catch(function () {
    fail('Twofold could not start');
  });
})();
