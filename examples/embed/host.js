// The host page's side of Pym.js-style auto-height, as a newsroom would write it: tell the
// widget the column width, and set the iframe's height from the widget's `height` messages.
(function () {
  "use strict";
  var iframe = document.getElementById("chip-paths-article");
  var readout = document.getElementById("chip-paths-height");
  var id = iframe.id;
  var widgetOrigin = new URL(iframe.src, document.baseURI).origin;
  var HEIGHT = new RegExp("^pymxPYMx" + id + "xPYMxheightxPYMx(\\d{1,6})$");

  window.addEventListener("message", function (event) {
    // Only the widget's own iframe may resize it.
    if (event.source !== iframe.contentWindow || event.origin !== widgetOrigin) return;
    if (typeof event.data !== "string") return;
    var match = HEIGHT.exec(event.data);
    if (!match) return;
    iframe.setAttribute("height", match[1]);
    readout.textContent = match[1] + " px";
  });

  function sendWidth() {
    iframe.contentWindow.postMessage("pymxPYMx" + id + "xPYMxwidthxPYMx" + iframe.offsetWidth, widgetOrigin);
  }
  iframe.addEventListener("load", sendWidth);
  window.addEventListener("resize", sendWidth);
})();
