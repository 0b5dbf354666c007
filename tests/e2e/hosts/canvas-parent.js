// The parent side of Canvas's lti.frameResize, reproduced as ../shared/LMS.md quotes it:
// from any iframe on the page, `{subject:'lti.frameResize', height}` (an object or its JSON
// text) sets that iframe's height, with no upper limit.
(function () {
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (typeof data === 'string') {
      try { data = JSON.parse(data); } catch (e) { return; }
    }
    if (!data || data.subject !== 'lti.frameResize') return;
    var iframes = document.getElementsByTagName('iframe');
    for (var i = 0; i < iframes.length; i++) {
      if (iframes[i].contentWindow === event.source) {
        var h = Number(data.height);
        iframes[i].style.height = (isNaN(h) ? data.height : h + 'px');
      }
    }
  });
})();
