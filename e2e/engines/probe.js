// Test probe, not shipped: the cross-engine test server (server.mjs) adds this file as the first
// script of every HTML page it serves, after the page's own CSP <meta>, so that it runs before
// the widget in every engine and every frame. WebDriver classic (WebKit) has no preload scripts
// and no console log, so the suite reads what went wrong from here, the same way in each engine:
// uncaught errors and rejections, console.error calls, failed subresources, CSP violations, and
// (in a host page) the messages its frames post.
(() => {
  const probe = {
    errors: [],
    violations: [],
    messages: [],
  };
  window.__probe = probe;
  const text = (value) => {
    try {
      return value instanceof Error ? `${value.name}: ${value.message}` : String(value);
    } catch {
      return "(unprintable)";
    }
  };
  window.addEventListener(
    "error",
    (event) => {
      const target = event.target;
      if (target && target !== window && (target.src || target.href)) {
        probe.errors.push(`failed to load ${target.src || target.href}`);
      } else {
        probe.errors.push(`uncaught ${text(event.error ?? event.message)} (${event.filename}:${event.lineno})`);
      }
    },
    true,
  );
  window.addEventListener("unhandledrejection", (event) => {
    probe.errors.push(`unhandled rejection ${text(event.reason)}`);
  });
  const consoleError = console.error;
  console.error = (...args) => {
    probe.errors.push(`console.error ${args.map(text).join(" ")}`);
    consoleError.apply(console, args);
  };
  document.addEventListener("securitypolicyviolation", (event) => {
    probe.violations.push(
      `${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
    );
  });
  window.addEventListener("message", (event) => {
    const frame = [...document.querySelectorAll("iframe")].find((f) => f.contentWindow === event.source);
    probe.messages.push({ frame: frame?.id ?? null, origin: event.origin, data: event.data });
  });
})();
