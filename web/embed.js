// Chip Paths script embed. A host page writes
//   <div data-chip-paths="dev=deepseek&theme=auto" data-chip-paths-title="…"></div>
//   <script src="https://…/chip-paths/embed.js" async></script>
// and every such <div> gets an iframe of the widget (served next to this file) whose height
// follows the widget's content. Only an iframe is injected: the widget's wasm never runs in the
// host page, so the host's own scripts, styles and CSP stay untouched.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var widgetBase = new URL("./", script.src);
  var prefix = "chip-paths-" + Math.random().toString(36).slice(2, 8) + "-";
  var frames = [];
  var HEIGHT = /^pymxPYMx([A-Za-z0-9_.:-]+)xPYMxheightxPYMx(\d{1,6})$/;

  function mount(host) {
    if (host.hasAttribute("data-chip-paths-mounted")) return;
    host.setAttribute("data-chip-paths-mounted", "");
    var id = prefix + (frames.length + 1);
    var src = new URL("./", widgetBase);
    // The host's attribute only ever sets the query: the iframe stays on the widget's origin.
    src.search = (host.getAttribute("data-chip-paths") || "").replace(/^\?/, "");
    src.searchParams.set("embed", "1");
    src.searchParams.set("childId", id);
    var iframe = document.createElement("iframe");
    iframe.id = id;
    iframe.src = src.href;
    iframe.title = host.getAttribute("data-chip-paths-title") || "Chip Paths: AI-chip export controls explained";
    iframe.setAttribute("width", "100%");
    iframe.setAttribute("height", "720");
    iframe.setAttribute("frameborder", "0");
    iframe.setAttribute("scrolling", "no");
    iframe.setAttribute("loading", "lazy");
    // CSSOM writes, not a style attribute: allowed under a host's strict style-src too.
    iframe.style.border = "0";
    iframe.style.width = "100%";
    iframe.style.display = "block";
    host.appendChild(iframe);
    frames.push({ id: id, iframe: iframe });
    iframe.addEventListener("load", function () { sendWidth(id, iframe); });
  }

  function sendWidth(id, iframe) {
    if (iframe.contentWindow) {
      iframe.contentWindow.postMessage("pymxPYMx" + id + "xPYMxwidthxPYMx" + iframe.offsetWidth, widgetBase.origin);
    }
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== widgetBase.origin || typeof event.data !== "string") return;
    var match = HEIGHT.exec(event.data);
    if (!match) return;
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      // The sender must be that very iframe, and speak for its own id.
      if (frame.iframe.contentWindow === event.source && frame.id === match[1]) {
        frame.iframe.setAttribute("height", match[2]);
        frame.iframe.style.height = match[2] + "px";
      }
    }
  });

  var resizeTimer;
  window.addEventListener("resize", function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () {
      frames.forEach(function (f) { sendWidth(f.id, f.iframe); });
    }, 100);
  });

  function mountAll() {
    var hosts = document.querySelectorAll("[data-chip-paths]");
    for (var i = 0; i < hosts.length; i++) mount(hosts[i]);
  }
  mountAll();
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
})();
