// The parent side of H5P's iframe resizer (h5p-resizer.js, which Moodle and the WordPress
// H5P plugin load), reproduced as ../shared/LMS.md quotes its behaviour: messages with
// context 'h5p'; the sender found by event.source among the page's iframes; `hello` answered
// with `hello` (the child may then resize); `prepareResize` sets the iframe to the reported
// clientHeight and answers `resizePrepared`; `resize` sets it to scrollHeight, unclamped;
// answers go through event.source.postMessage(data, event.origin), which throws for a
// sandboxed frame's origin "null" (so the handshake cannot complete there). The window's
// resize asks every frame that said hello to resize.
(function () {
  var handlers = {
    hello: function (iframe, data, respond) {
      iframe.style.width = '100%';
      window.addEventListener('resize', function () { respond('resize'); });
      respond('hello');
    },
    prepareResize: function (iframe, data, respond) {
      if (iframe.clientHeight !== data.scrollHeight || data.scrollHeight !== data.clientHeight) {
        iframe.style.height = data.clientHeight + 'px';
        respond('resizePrepared');
      }
    },
    resize: function (iframe, data) {
      iframe.style.height = data.scrollHeight + 'px';
    },
  };
  window.h5pLog = [];
  window.addEventListener('message', function (event) {
    if (!event.data || event.data.context !== 'h5p') return;
    var iframes = document.getElementsByTagName('iframe');
    var iframe;
    for (var i = 0; i < iframes.length; i++) {
      if (iframes[i].contentWindow === event.source) { iframe = iframes[i]; break; }
    }
    if (!iframe) return;
    window.h5pLog.push(event.data.action);
    var handler = handlers[event.data.action];
    if (handler) {
      handler(iframe, event.data, function (action, data) {
        data = data || {};
        data.action = action;
        data.context = 'h5p';
        try {
          event.source.postMessage(data, event.origin);
        } catch (e) {
          window.h5pLog.push('reply-failed');
        }
      });
    }
  });
})();
