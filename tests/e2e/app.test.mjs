// Hindsight in a real browser: first load, a real click, idle pacing, high-DPI, resizing,
// sub-path hosting, a strict CSP header, keyboard input and a failed download.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { join } from 'node:path';
import {
  click, hasItem, launchBrowser, screenshot, screenshotDir, settle, state, waitForApp, waitForState,
  withApp,
} from './harness.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('first load shows Hindsight\'s empty library, logs no error and stays on its origin', async () => {
  await withApp(browser, {}, async (app) => {
    await waitForApp(app.page);
    const s = await state(app.page);
    const labels = s.items.map((item) => item.label);
    assert.ok(labels.includes('Hindsight'), `main window missing: ${labels}`);
    assert.ok(labels.includes('New post-mortem'));
    assert.ok(!labels.some((label) => label.startsWith('Dear ImGui Demo')), 'the ImGui demo is showing');
    assert.deepEqual(s.postmortems, []);
    assert.equal(await app.page.title(), 'Hindsight');
    await screenshot(app.page, 'library-empty');
    assert.deepEqual(app.foreignRequests, []);
    assert.deepEqual(app.errors, []);
  });
});

test('"New post-mortem" opens it in the editor, announces it, and the library lists it', async () => {
  await withApp(browser, {}, async (app) => {
    await waitForApp(app.page);
    await click(app.page, 'New post-mortem');
    let s = await waitForState(app.page, (st) => st.open?.title === 'Untitled post-mortem');
    assert.equal(await app.page.textContent('#app-status'), 'Created Untitled post-mortem');
    await click(app.page, 'Editor/< Library');
    s = await waitForState(app.page, (st) => st.open === null && st.postmortems.length === 1);
    assert.deepEqual(s.postmortems, ['Untitled post-mortem']);
    await click(app.page, 'New post-mortem');
    await waitForState(app.page, (st) => st.open?.title === 'Untitled post-mortem 2');
    await click(app.page, 'Editor/< Library');
    s = await waitForState(app.page, (st) => st.postmortems.length === 2 && hasItem(st, '##open Untitled post-mortem 2'));
    await screenshot(app.page, 'library-two-postmortems');
    // Every row's buttons lie whole inside the window's content, as far from its right edge as the
    // search field is from its left: none is cut off by the table's edge.
    const margin = s.items.find((item) => item.label === '##Search').x;
    const rowButtons = s.items.filter((item) => ['Open', 'Duplicate', 'Delete'].includes(item.label));
    assert.equal(rowButtons.length, 6);
    for (const button of rowButtons)
      assert.ok(button.x + button.width <= s.display.width - margin, `${button.label} ends at ${button.x + button.width}`);
    assert.deepEqual(app.errors, []);
    assert.deepEqual(app.foreignRequests, []);
  });
});

test('an idle page draws no frames', async () => {
  await withApp(browser, {}, async (app) => {
    await waitForApp(app.page);
    const settled = await settle(app.page);
    await app.page.waitForTimeout(1500);
    assert.equal((await state(app.page)).framesDrawn, settled);
    await app.page.mouse.move(300, 300);
    await waitForState(app.page, (st) => st.framesDrawn > settled);
  });
});

test('on a 2x screen the backing store is 2x the CSS size and glyphs are rasterized at 2x', async () => {
  await withApp(browser, { deviceScaleFactor: 2 }, async (app) => {
    await waitForApp(app.page);
    const s = await waitForState(app.page, (st) => st.fontPixelScale === 2);
    const canvas = await app.page.evaluate(() => {
      const c = document.getElementById('canvas');
      return { width: c.width, height: c.height, cssWidth: c.clientWidth, cssHeight: c.clientHeight };
    });
    assert.deepEqual(canvas, { width: 2560, height: 1600, cssWidth: 1280, cssHeight: 800 });
    assert.equal(s.display.width, 1280);
    assert.equal(s.display.pixelScale, 2);
    await screenshot(app.page, 'library-empty-2x');
    assert.deepEqual(app.errors, []);
  });
});

test('the canvas follows the window when it is resized', async () => {
  await withApp(browser, {}, async (app) => {
    await waitForApp(app.page);
    await app.page.setViewportSize({ width: 900, height: 600 });
    const s = await waitForState(app.page, (st) => st.display.width === 900 && st.display.height === 600);
    const newButton = s.items.find((item) => item.label === 'New post-mortem');
    assert.ok(newButton.x + newButton.width <= 900 && newButton.y + newButton.height <= 600);
    assert.equal(await app.page.evaluate(() => document.getElementById('canvas').width), 900);
    await screenshot(app.page, 'library-empty-900x600');
  });
});

test('it runs under a sub-path, as on GitHub Pages', async () => {
  await withApp(browser, { basePath: '/hindsight/' }, async (app) => {
    await waitForApp(app.page);
    assert.ok(app.server.requests.every((url) => url.startsWith('/hindsight/')), app.server.requests.join());
    assert.ok(app.server.requests.includes('/hindsight/hindsight.wasm'));
    assert.deepEqual(app.errors, []);
  });
});

test('a strict Content-Security-Policy header causes no violation', async () => {
  const csp = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
    "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  await withApp(browser, {
    headers: { 'Content-Security-Policy': csp },
    // Installed before any of the page's scripts, so violations while loading are caught too.
    initScript: () => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective));
    },
  }, async (app) => {
    await waitForApp(app.page);
    await click(app.page, 'New post-mortem');
    await waitForState(app.page, (st) => st.open !== null);
    await click(app.page, 'Editor/< Library');
    await waitForState(app.page, (st) => st.postmortems.length === 1);
    assert.deepEqual(await app.page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(app.errors, []);
  });
});

test('delete takes effect at once and "Undo delete" brings the post-mortem back', async () => {
  await withApp(browser, {}, async (app) => {
    await waitForApp(app.page);
    await click(app.page, 'New post-mortem');
    await waitForState(app.page, (st) => st.open !== null);
    await click(app.page, 'Editor/< Library');
    await waitForState(app.page, (st) => st.postmortems.length === 1);
    await click(app.page, 'Delete');
    await waitForState(app.page, (st) => st.postmortems.length === 0 && hasItem(st, 'Undo delete'));
    await screenshot(app.page, 'library-after-delete');
    await click(app.page, 'Undo delete');
    const s = await waitForState(app.page, (st) => st.postmortems.length === 1);
    assert.deepEqual(s.postmortems, ['Untitled post-mortem']);
  });
});

test('menus open the About dialog and switch to the light theme', async () => {
  await withApp(browser, {}, async (app) => {
    await waitForApp(app.page);
    await click(app.page, 'Help');
    await click(app.page, 'About Hindsight');
    await waitForState(app.page, (st) => st.items.some((item) => item.label === 'About Hindsight'));
    await screenshot(app.page, 'about-dialog');
    await click(app.page, 'Close');
    await waitForState(app.page, (st) => !st.items.some((item) => item.label === 'About Hindsight'));
    await click(app.page, 'View');
    await click(app.page, 'Light theme');
    await waitForState(app.page, (st) => st.theme === 'light');
    await screenshot(app.page, 'library-empty-light');
    assert.deepEqual(app.errors, []);
  });
});

test('without WebGL2 the page explains what is missing', async () => {
  await withApp(browser, {
    initScript: () => {
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        return type === 'webgl2' ? null : getContext.call(this, type, ...rest);
      };
    },
  }, async (app) => {
    await app.page.waitForSelector('#load-error', { state: 'visible', timeout: 20000 });
    assert.match(await app.page.textContent('#load-error-message'), /draws with WebGL2, and this browser could not provide it/);
    assert.match(await app.page.textContent('#load-error-detail'), /EGL/);
    assert.equal(await app.page.isVisible('#loading'), false);
    assert.match(await app.page.textContent('#app-status'), /could not start: Hindsight draws with WebGL2/);
    await app.page.screenshot({ path: join(screenshotDir, 'no-webgl2.png') });
  });
});

test('when the WebAssembly file cannot be downloaded the page explains it', async () => {
  await withApp(browser, {
    route: { pattern: '**/hindsight.wasm', handler: (route) => route.fulfill({ status: 404, body: 'gone' }) },
  }, async (app) => {
    await app.page.waitForSelector('#load-error', { state: 'visible', timeout: 20000 });
    assert.match(await app.page.textContent('#load-error-message'), /hindsight\.wasm could not be/);
    assert.equal(await app.page.isVisible('#loading'), false);
    await app.page.screenshot({ path: join(screenshotDir, 'load-error.png') });
  });
});
