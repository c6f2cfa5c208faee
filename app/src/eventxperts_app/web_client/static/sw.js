// EventXperts' service worker: what makes the app installable, and a page in both languages when a
// navigation finds no network. Everything else is left to the browser's HTTP cache: the versioned
// files (/_app/<version>/) are cached for a year and never change.
"use strict";

const OFFLINE_PAGE = __OFFLINE_PAGE__;

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      // Navigations start while the worker wakes up, not after.
      if (self.registration.navigationPreload) {
        await self.registration.navigationPreload.enable();
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  if (event.request.mode !== "navigate") {
    return;
  }
  event.respondWith(
    (async () => {
      try {
        return (await event.preloadResponse) || (await fetch(event.request));
      } catch {
        return new Response(OFFLINE_PAGE, {
          headers: { "Content-Type": "text/html; charset=utf-8" },
        });
      }
    })(),
  );
});
