// Starts Hindsight in the page: loads the Emscripten module (hindsight.js + hindsight.wasm, by
// relative URL so the app works under any sub-path), hides the loading indicator once the first
// frame is drawn, and turns any load failure into a readable message instead of a blank canvas.
// window.hindsight.state() returns the app's read-only state and window.hindsight.document() the
// open post-mortem (see src/app/state_json.cpp).
(function () {
  'use strict';
  const canvas = document.getElementById('canvas');
  const loading = document.getElementById('loading');
  const status = document.getElementById('app-status');

  function fail(message, detail) {
    loading.hidden = true;
    canvas.style.display = 'none';
    document.getElementById('load-error-message').textContent = message;
    document.getElementById('load-error-detail').textContent = detail ? String(detail) : '';
    document.getElementById('load-error').hidden = false;
    status.textContent = 'Hindsight could not start: ' + message;
  }

  if (typeof WebAssembly !== 'object') {
    fail('This browser does not support WebAssembly.');
    return;
  }
  // The right-click menu would cover the canvas; Hindsight has its own menus.
  canvas.addEventListener('contextmenu', (event) => event.preventDefault());

  let failed = false;
  const failOnce = (message, detail) => { if (!failed) { failed = true; fail(message, detail); } };

  // A failure after start-up (an exception in a frame) would otherwise freeze the canvas silently.
  window.addEventListener('error', (event) => failOnce('Hindsight stopped unexpectedly.', event.message));
  window.addEventListener('unhandledrejection', (event) => failOnce('Hindsight stopped unexpectedly.', event.reason));

  const script = document.createElement('script');
  script.src = 'hindsight.js';
  script.onerror = () => failOnce('The application file hindsight.js could not be downloaded.');
  script.onload = () => {
    createHindsight({
      canvas,
      print: (text) => console.log(text),
      printErr: (text) => console.error(text),
      onAbort: (reason) => failOnce(/wasm/i.test(String(reason))
        ? 'The application file hindsight.wasm could not be downloaded or compiled.'
        : 'The application stopped unexpectedly.', reason),
      onAppReady: () => { loading.hidden = true; canvas.focus(); },
      onStartupFailure: (reason, detail) => failOnce(reason, detail),
      onStatus: (text) => { status.textContent = text; },
    }).then((module) => {
      window.hindsight = {
        state: () => JSON.parse(module.ccall('hindsight_state_json', 'string', [], [])),
        // The open post-mortem as Hindsight stores it (JSON text), or '' on the library screen.
        document: () => module.ccall('hindsight_document_json', 'string', [], []),
      };
    }).catch((error) => failOnce('The application could not be loaded (hindsight.wasm).', error));
  };
  document.body.appendChild(script);
})();
