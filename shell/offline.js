// Offline use and updates on the page's side: registers the service worker (sw.js, written at
// build time from sw.js.in) and, when a new version has been downloaded and waits, shows a notice
// whose button switches to it and reloads the page.
// It must never stop the app from starting: where there are no service workers (file://, an
// insecure origin, a browser or a private mode without them) the page simply works online only,
// and every failure here ends as a console warning, never as an error the loader would report.
// It never switches versions on its own; the person's click on the notice does.
(function () {
  'use strict';
  // navigator.serviceWorker is missing in insecure contexts; file:// pages cannot register one.
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;

  const MESSAGE = 'A new version of Hindsight is ready. Reload to use it.';
  const notice = document.getElementById('update-notice');
  const status = document.getElementById('app-status');
  let registration = null;

  // Why reload on every controllerchange of a page that already had a controller: the page runs
  // the old version's code, and the new worker serves only the new version's files; reloading
  // (after this tab's click or another tab's) keeps code and files of one version together. The
  // app saves on pagehide, so reloading loses nothing. A page without a controller (the first
  // visit) gets one through clients.claim(): that is no version change, so it does not reload.
  let controlled = navigator.serviceWorker.controller !== null;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    const wasControlled = controlled;
    controlled = true;
    if (!wasControlled || reloading) return;
    reloading = true;
    location.reload();
  });

  // A waiting worker is an update only when this page runs another version: on the first visit
  // the new worker passes through "installed" on its way to active, with nothing to replace.
  function offerUpdate() {
    if (!registration.waiting || !navigator.serviceWorker.controller || !notice.hidden) return;
    notice.hidden = false;
    status.textContent = MESSAGE;
  }

  function watchInstall(worker) {
    if (!worker) return;
    worker.addEventListener('statechange', () => { if (worker.state === 'installed') offerUpdate(); });
  }

  document.getElementById('update-reload').addEventListener('click', () => {
    // The newest waiting worker at the time of the click (a later update replaces an earlier one).
    if (registration && registration.waiting) registration.waiting.postMessage({ type: 'skip-waiting' });
  });

  // Why after load: on the first visit the worker downloads every file again to cache it; the
  // page's own downloads go first. Why './sw.js' relative to the page: the worker's default scope
  // is its own folder, which is the page's, under any sub-path.
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('sw.js').then((reg) => {
      registration = reg;
      // An update may have been found, or even installed, before this page asked: the browser
      // checks for a new sw.js on every navigation.
      reg.addEventListener('updatefound', () => watchInstall(reg.installing));
      watchInstall(reg.installing);
      offerUpdate();
    }).catch((error) => {
      console.warn('Hindsight will not work offline: its service worker could not be registered.', error);
    });
  });
})();
