/*! Twofold embed.js: fits every Twofold iframe on the page to its content. MIT OR Apache-2.0.
 *
 * Put it once on the host page, after the iframes or anywhere (it listens for messages):
 *   <iframe data-twofold src="https://…/sort-myth-or-fact.html" title="…" loading="lazy"></iframe>
 *   <script src="https://…/embed.js" defer></script>
 *
 * Each Twofold frame posts its content height ({twofold:'height', height, screen}). This
 * script finds the frame that sent it by `event.source` (so two widgets on one page each get
 * their own height); for a frame that is not sandboxed it also checks that the message comes
 * from the frame's own origin (a sandboxed frame's origin is "null"). Add
 * `data-twofold-scroll` to a frame to bring its top into view when the learner moves to a new
 * screen and the top is above the window. Frames that spoke before it listened are asked again
 * ({twofold:'ask'}). A chooser result link made with ?shareUrl= opens this page with
 * #result=…: it is passed on to each frame that has no fragment of its own, once loaded
 * (the chooser opens that result; other activities ignore it). No dependency, no cookies, no
 * network. */
(function () {
  'use strict';
  if (window.twofoldEmbed) return;
  window.twofoldEmbed = { version: 1 };

  function sandboxed(frame) {
    var value = frame.getAttribute('sandbox');
    return value !== null && !/(^|\s)allow-same-origin(\s|$)/.test(value);
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  // A frame may have sent its height before this script listened: ask each frame again,
  // now and whenever it (re)loads (only a request; to the frame's own origin, or to "*" for a
  // sandboxed frame, whose origin cannot be named).
  function ask(frame) {
    if (!frame.contentWindow) return;
    frame.contentWindow.postMessage({ twofold: 'ask' }, sandboxed(frame) ? '*' : originOf(frame) || '*');
  }
  var result = /(?:^#|&)(result=[^&]*)/.exec(location.hash);
  function pass(frame) {
    if (!result || !frame.src) return;
    var url = new URL(frame.src, document.baseURI);
    if (url.hash) return;
    url.hash = result[1];
    frame.src = url.href;
  }
  function whenReady(frame) {
    frame.addEventListener('load', function () { ask(frame); });
    var doc = null;
    try { doc = frame.contentDocument; } catch (e) { /* another origin: loaded */ }
    // Still the initial empty document: its load event will ask, and pass the fragment (a
    // new src now would load the page again).
    if (doc && (doc.URL === 'about:blank' || doc.readyState !== 'complete')) {
      frame.addEventListener('load', function () { pass(frame); }, { once: true });
      return;
    }
    pass(frame);
    ask(frame);
  }
  var known = document.querySelectorAll('iframe[data-twofold]');
  for (var k = 0; k < known.length; k++) whenReady(known[k]);

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.twofold !== 'height') return;
    var frames = document.querySelectorAll('iframe[data-twofold]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (!sandboxed(frame) && event.origin !== originOf(frame)) return;
      var height = Math.ceil(Number(data.height));
      if (!(height > 0 && height < 100000)) return;
      frame.style.height = height + 'px';
      if (data.screen === true && frame.hasAttribute('data-twofold-scroll') && frame.getBoundingClientRect().top < 0) {
        frame.scrollIntoView({ block: 'start' });
      }
      return;
    }
  });
})();
