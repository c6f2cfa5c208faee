// EventXperts' start of the Flutter web client, appended to Flutter's loader (flutter.js) when the
// versioned client is built (eventxperts_app/web_client/layout.py fills in __BUILD_CONFIG__).
//
// It does what flet-web's inline scripts and flutter_bootstrap.js do, from a file: the page then needs
// no inline script, which its Content-Security-Policy forbids. Unlike flutter_bootstrap.js it asks for
// no Flutter service worker: flet-web's unregisters itself and reloads the page, which would also remove
// ours (/sw.js).
(() => {
  "use strict";
  // Everything of the client lives beside this script, under /_app/<version>/.
  const base = new URL(".", document.currentScript.src).pathname;

  // The settings the Flet client reads (the same keys as flet-web's index.html).
  window.flet = {
    pyodide: false,
    multiView: false,
    noCdn: true,
    webSocketEndpoint: "/ws",
    entrypointBaseUrl: base,
    assetBase: base,
    routeUrlStrategy: "path",
    canvasKitBaseUrl: base + "canvaskit/",
    pyodideUrl: null,
    webRenderer: "auto",
    fontFallbackBaseUrl: base + "assets/fonts/",
    appPackageUrl: null,
  };
  flet.flutterAppLoaded = new Promise((resolve) => {
    flet.flutterAppResolve = resolve;
  });

  // WebKit restores a Flutter page from the back/forward cache with its frames stopped: start afresh
  // (the Flet session lives on the server and survives the reload).
  window.addEventListener("pageshow", (event) => {
    if (event.persisted && navigator.vendor && navigator.vendor.startsWith("Apple")) {
      window.location.reload();
    }
  });
  window.addEventListener(
    "flutter-first-frame",
    () => document.getElementById("loading")?.remove(),
    { once: true },
  );

  _flutter.buildConfig = __BUILD_CONFIG__;
  const config = {
    // skwasm draws on the page's thread, not on a second one: with the second thread (a worker
    // sharing memory with the page) the page's thread and the worker were seen spinning at 100 % CPU
    // each for minutes, no frame drawn, in headless Chromium on two cores (decision 0049).
    forceSingleThreadedSkwasm: true,
    multiViewEnabled: false,
    entrypointBaseUrl: base,
    assetBase: base,
    canvasKitBaseUrl: flet.canvasKitBaseUrl,
    fontFallbackBaseUrl: flet.fontFallbackBaseUrl,
  };
  _flutter.loader.load({
    config,
    onEntrypointLoaded: async (engineInitializer) => {
      const engine = await engineInitializer.initializeEngine(config);
      flet.flutterApp = await engine.runApp();
      flet.flutterAppResolve(flet.flutterApp);
    },
  });

  // Installable: Chromium asks for a service worker (it only answers navigations when offline).
  if ("serviceWorker" in navigator) {
    window.addEventListener("load", () => {
      navigator.serviceWorker.register("/sw.js").catch((error) => console.warn("service worker:", error));
    });
  }
})();
