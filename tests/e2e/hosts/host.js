// Builds the host page from its query: ?kind=h5p|canvas|embed|events&src=<widget URL>[&src=<another>]
// [&sandbox=1][&embedjs=<URL of embed.js>]. Each src becomes an iframe; the kind's parent
// script is loaded (the H5P resizer's or Canvas's parent side, or Twofold's embed.js).
(function () {
  var q = new URLSearchParams(location.search);
  var frames = document.getElementById('frames');
  q.getAll('src').forEach(function (src, i) {
    var f = document.createElement('iframe');
    f.src = src;
    f.title = 'Twofold ' + (i + 1);
    f.setAttribute('data-twofold', '');
    if (q.get('sandbox')) f.setAttribute('sandbox', 'allow-scripts');
    frames.appendChild(f);
  });
  var script = document.createElement('script');
  var kind = q.get('kind');
  script.src = kind === 'h5p' ? 'h5p-resizer-parent.js' : kind === 'canvas' ? 'canvas-parent.js' : kind === 'events' ? 'events-parent.js' : q.get('embedjs');
  document.body.appendChild(script);
})();
