// Offline use, updates and installing, in a real browser: after the first visit the page loads
// and works with the network off; a new version waits for the person's click and never pairs its
// hindsight.js with the old hindsight.wasm (or the reverse); an install that gets the wrong bytes
// leaves the running version in charge; the web manifest parses and its icon loads.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import {
  click, distDir, hasItem, launchBrowser, screenshot, state, waitForApp, waitForState,
} from './harness.mjs';
import { serveDist } from './static_server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const UPDATE_MESSAGE = 'A new version of Hindsight is ready. Reload to use it.';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

// Serves `dir` and opens it in a fresh context (so a fresh origin and no worker yet); runs
// body(app) and always closes both. Like the harness's withApp, but the folder is the test's own.
async function withSite(dir, { basePath = '/' } = {}, body) {
  const server = await serveDist(dir, { basePath });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    await page.goto(server.url);
    return await body({ page, context, server, errors });
  } finally {
    await context.close();
    await server.close();
  }
}

// Records the bytes the page receives for the app's two halves: stop() returns, by file name (the
// page preloads both at once, so either may come first), each file's name, the SHA-256 of its
// body and whether the service worker answered.
function watchAppFiles(page) {
  const pending = [];
  const listener = (response) => {
    const name = new URL(response.url()).pathname.split('/').pop();
    if (name !== 'hindsight.js' && name !== 'hindsight.wasm') return;
    pending.push(response.body().then((body) => ({ name, sha256: sha256(body), fromServiceWorker: response.fromServiceWorker() })));
  };
  page.on('response', listener);
  return {
    stop: async () => {
      page.off('response', listener);
      const received = await Promise.all(pending);
      return received.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },
  };
}

// What watchAppFiles reports for a load of the version whose halves hash to `hashes`, from the
// worker's cache.
const fromCache = (hashes) => [
  { name: 'hindsight.js', sha256: hashes.js, fromServiceWorker: true },
  { name: 'hindsight.wasm', sha256: hashes.wasm, fromServiceWorker: true },
];

async function waitForController(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
}

// The Cache Storage as the page sees it: each cache's name and the SHA-256 of its two halves.
async function cachedVersions(page) {
  return page.evaluate(async () => {
    const hex = (buffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
    const digest = async (cache, name) => {
      const response = await cache.match(new URL(name, document.baseURI).href);
      return response ? hex(await crypto.subtle.digest('SHA-256', await response.arrayBuffer())) : null;
    };
    const versions = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      versions.push({ name, js: await digest(cache, 'hindsight.js'), wasm: await digest(cache, 'hindsight.wasm') });
    }
    return versions;
  });
}

// A copy of the built page in a temporary folder, which a test may turn into another version.
function copyOfDist() {
  const dir = mkdtempSync(join(tmpdir(), 'hindsight-offline-'));
  cpSync(distDir, dir, { recursive: true });
  return dir;
}

function appHashes(dir) {
  return {
    js: sha256(readFileSync(join(dir, 'hindsight.js'))),
    wasm: sha256(readFileSync(join(dir, 'hindsight.wasm'))),
  };
}

// Changes both halves of the app without changing what it does: a comment at the end of the
// glue, and a custom section (id 0, which engines skip) at the end of the module.
function changeAppFiles(dir, tag) {
  appendFileSync(join(dir, 'hindsight.js'), `\n// ${tag}\n`);
  const name = Buffer.from(tag);
  assert.ok(name.length < 127, 'one-byte LEB128 sizes');
  appendFileSync(join(dir, 'hindsight.wasm'), Buffer.concat([Buffer.from([0, name.length + 1, name.length]), name]));
}

// What the build does after copying the page: writes sw.js with the files' list and version.
function stampWorker(dir) {
  execFileSync('/usr/bin/python3', [join(root, 'scripts/stamp_service_worker.py'), dir, join(root, 'shell/sw.js.in')]);
}

async function phaseButton(page, number) {
  const s = await waitForState(page, (st) => st.items.some((i) => i.label.endsWith(`##phase${number}`)));
  const item = s.items.find((i) => i.label.endsWith(`##phase${number}`));
  return `${item.window}/${item.label}`;
}

test('after the first visit the page loads with the network off, and a post-mortem is created and downloaded as Markdown', async () => {
  await withSite(distDir, { basePath: '/hindsight/' }, async ({ page, context, server, errors }) => {
    await waitForApp(page);
    await waitForController(page);
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL), `${server.url}sw.js`);

    await context.setOffline(true);
    const got = watchAppFiles(page);
    const requestsBefore = server.requests.length;
    await page.reload();
    await waitForApp(page);
    const s = await state(page);
    assert.ok(hasItem(s, 'New post-mortem'));
    assert.deepEqual(s.postmortems, []);
    const built = appHashes(distDir);
    assert.deepEqual(await got.stop(), fromCache(built));
    assert.deepEqual(server.requests.slice(requestsBefore), []);

    await click(page, 'New post-mortem');
    await waitForState(page, (st) => st.open?.title === 'Untitled post-mortem');
    await click(page, await phaseButton(page, 5));
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Document/Download Markdown')]);
    assert.match(download.suggestedFilename(), /untitled-post-mortem\.md$/);
    const markdown = readFileSync(await download.path(), 'utf8');
    // The post-mortem made offline: its id in the front matter, its title as the heading.
    const { id } = JSON.parse(await page.evaluate(() => window.hindsight.document()));
    assert.match(markdown, new RegExp(`^---\\nid: "${id}"\\n`));
    assert.match(markdown, /\n# Post-Mortem: Untitled post-mortem\n/);
    assert.deepEqual(errors, []);
  });
});

test('an update waits for the notice\'s button and never pairs the new hindsight.js with the old hindsight.wasm', async () => {
  const dir = copyOfDist();
  try {
    await withSite(dir, {}, async ({ page, errors }) => {
      const v1 = appHashes(dir);
      await waitForApp(page);
      await waitForController(page);
      const [firstCache] = await cachedVersions(page);
      assert.deepEqual({ js: firstCache.js, wasm: firstCache.wasm }, v1);

      changeAppFiles(dir, 'version 2');
      stampWorker(dir);
      const v2 = appHashes(dir);
      assert.notEqual(v2.js, v1.js);
      assert.notEqual(v2.wasm, v1.wasm);

      // The reload finds sw.js changed; the new version installs and waits, and the page still
      // runs version 1, both halves from version 1's cache.
      let got = watchAppFiles(page);
      await page.reload();
      await waitForApp(page);
      await page.waitForSelector('#update-notice', { state: 'visible', timeout: 30000 });
      assert.equal(await page.textContent('#update-notice p'), UPDATE_MESSAGE);
      assert.equal(await page.textContent('#app-status'), UPDATE_MESSAGE);
      await screenshot(page, 'update-notice');
      assert.deepEqual(await got.stop(), fromCache(v1));
      const both = await cachedVersions(page);
      assert.equal(both.length, 2);
      assert.ok(both.some((c) => c.name === firstCache.name && c.js === v1.js && c.wasm === v1.wasm));
      assert.ok(both.some((c) => c.name !== firstCache.name && c.js === v2.js && c.wasm === v2.wasm));

      // The button: the waiting version takes over and the page reloads into it.
      got = watchAppFiles(page);
      await Promise.all([page.waitForEvent('load', { timeout: 30000 }), page.click('#update-reload')]);
      await waitForApp(page);
      assert.deepEqual(await got.stop(), fromCache(v2));
      assert.equal(await page.isVisible('#update-notice'), false);
      const after = await cachedVersions(page);
      assert.deepEqual(after.map((c) => ({ js: c.js, wasm: c.wasm })), [v2], 'version 1\'s cache is gone');
      assert.deepEqual(errors, []);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an install that receives other bytes than its list names fails and leaves the running version in charge', async () => {
  const dir = copyOfDist();
  try {
    await withSite(dir, {}, async ({ page, errors }) => {
      const v1 = appHashes(dir);
      await waitForApp(page);
      await waitForController(page);

      // sw.js names version 2's files, but the server already holds a later hindsight.wasm: a
      // deployment landing while the worker installs.
      changeAppFiles(dir, 'version 2');
      stampWorker(dir);
      changeAppFiles(dir, 'version 3');
      const outcome = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration.update();
        const worker = registration.installing;
        if (!worker) return 'no install started';
        await new Promise((done) => {
          if (worker.state === 'redundant') done();
          worker.addEventListener('statechange', () => { if (worker.state === 'redundant') done(); });
        });
        return { waiting: registration.waiting !== null, active: registration.active === navigator.serviceWorker.controller };
      });
      assert.deepEqual(outcome, { waiting: false, active: true });
      assert.equal(await page.isVisible('#update-notice'), false);
      const caches = await cachedVersions(page);
      assert.deepEqual(caches.map((c) => ({ js: c.js, wasm: c.wasm })), [v1], 'only version 1 is cached');

      const got = watchAppFiles(page);
      await page.reload();
      await waitForApp(page);
      assert.deepEqual(await got.stop(), fromCache(v1));
      assert.deepEqual(errors, []);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the web manifest is served, parses, names Hindsight in the page\'s colours, its icon loads, and the page is installable', async () => {
  await withSite(distDir, {}, async ({ page, context, server, errors }) => {
    await waitForApp(page);
    await waitForController(page);
    const href = await page.getAttribute('link[rel="manifest"]', 'href');
    const manifestUrl = new URL(href, server.url).href;
    const served = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, type: response.headers.get('Content-Type'), text: await response.text() };
    }, manifestUrl);
    assert.equal(served.status, 200);
    assert.equal(served.type, 'application/manifest+json');
    const manifest = JSON.parse(served.text);
    assert.equal(manifest.name, 'Hindsight');
    assert.equal(manifest.short_name, 'Hindsight');
    assert.equal(manifest.start_url, '.');
    assert.equal(manifest.scope, '.');
    assert.equal(manifest.display, 'standalone');
    // The page's own dark background (style.css), so the splash screen and title bar match it.
    const pageBackground = readFileSync(join(distDir, 'style.css'), 'utf8').match(/html, body \{[^}]*background: (#[0-9a-f]{6})/)[1];
    assert.equal(manifest.theme_color, pageBackground);
    assert.equal(manifest.background_color, pageBackground);
    assert.deepEqual(manifest.icons, [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }]);

    const icon = await page.evaluate(async (url) => {
      const image = new Image();
      image.src = url;
      await image.decode();
      return { width: image.naturalWidth, height: image.naturalHeight };
    }, new URL(manifest.icons[0].src, manifestUrl).href);
    assert.ok(icon.width > 0 && icon.width === icon.height, JSON.stringify(icon));

    // Chromium's own verdict: the manifest parses without errors and nothing stops installing.
    const cdp = await context.newCDPSession(page);
    const parsed = await cdp.send('Page.getAppManifest');
    assert.equal(parsed.url, manifestUrl);
    assert.deepEqual(parsed.errors, []);
    // Every browser context of these tests is incognito, where Chromium never offers to install;
    // any missing criterion of the page (manifest, icon, worker, secure origin) would be listed too.
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, [{ errorId: 'in-incognito', errorArguments: [] }]);
    assert.deepEqual(errors, []);
  });
});
