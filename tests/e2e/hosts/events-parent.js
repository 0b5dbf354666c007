// A host page that listens for Twofold's host events: it records every message whose data is
// {twofold:'event', …} with the origin and frame it came from (window.hostEvents), and every
// height message (window.heights), so a test can see what arrived and what did not.
(function () {
  window.hostEvents = [];
  window.heights = [];
  window.addEventListener('message', function (event) {
    var d = event.data;
    if (!d || typeof d !== 'object') return;
    var frames = document.getElementsByTagName('iframe');
    var from = -1;
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === event.source) from = i;
    if (d.twofold === 'event') window.hostEvents.push({ origin: event.origin, from: from, data: d });
    if (d.twofold === 'height') window.heights.push({ from: from, height: d.height });
  });
})();
