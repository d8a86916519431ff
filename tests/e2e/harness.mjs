// Browser-test harness: starts Debian's Chromium through playwright-core, opens Hindsight from the
// built dist/ folder, watches the console and every request, and drives the canvas the way a user
// does. Widgets are found by label in window.hindsight.state().items (Dear ImGui's test-engine item
// hooks) and clicked with real mouse events at their rectangle, so SDL and ImGui see real input.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveDist } from './static_server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const distDir = process.env.HINDSIGHT_DIST ?? join(root, 'build/web-release/dist');
export const screenshotDir = process.env.HINDSIGHT_SCREENSHOTS ?? join(root, 'build/screenshots');
mkdirSync(screenshotDir, { recursive: true });

// Why these flags: root without a GPU needs --no-sandbox and SwiftShader for WebGL2; the
// background-networking flags stop Chromium's own requests, which this closed network refuses.
export const CHROMIUM_ARGS = ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-quic', '--no-first-run', '--disable-default-apps'];

export async function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS });
}

// Opens the app in a fresh context. Returns the page plus what it logged and requested.
export async function openApp(browser, { basePath = '/', headers = {}, viewport = { width: 1280, height: 800 },
  deviceScaleFactor = 1, route, initScript, context: contextOptions = {} } = {}) {
  const server = await serveDist(distDir, { basePath, headers });
  const context = await browser.newContext({ viewport, deviceScaleFactor, acceptDownloads: true,
    ...contextOptions });
  const page = await context.newPage();
  const errors = [];
  const foreignRequests = [];
  const origin = new URL(server.url).origin;
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin + '/') && !url.startsWith('data:') && !url.startsWith('blob:')) {
      foreignRequests.push(url);
    }
  });
  if (route) await page.route(route.pattern, route.handler);
  if (initScript) await page.addInitScript(initScript);
  await page.goto(server.url);
  const close = async () => { await context.close(); await server.close(); };
  return { page, server, errors, foreignRequests, close };
}

// Opens the app, runs body(app), and always closes the page and its server afterwards.
export async function withApp(browser, options, body) {
  const app = await openApp(browser, options);
  try {
    return await body(app);
  } finally {
    await app.close();
  }
}

export async function state(page) {
  return page.evaluate(() => window.hindsight.state());
}

// Waits until the app has drawn its first frame, the loading indicator is gone and the library
// has been read from storage.
export async function waitForApp(page) {
  await page.waitForFunction(() => window.hindsight && window.hindsight.state().framesDrawn > 0,
    null, { timeout: 30000 });
  await page.waitForSelector('#loading', { state: 'hidden' });
  // Start-up lists the library from its index; the records follow within a second or two.
  await page.waitForFunction(() => window.hindsight.state().libraryRead, null, { timeout: 30000 });
}

// Polls the app state until predicate(state) holds; returns that state. Why 20 s: on a machine
// whose two cores are shared with builds, one poll can wait seconds behind a long frame, and a
// wait of a few polls then runs out before the app is slow at all.
export const STATE_TIMEOUT_MS = 20000;
export async function waitForState(page, predicate, timeout = STATE_TIMEOUT_MS) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await state(page);
    if (predicate(last)) return last;
    await page.waitForTimeout(50);
  }
  throw new Error(`app state never matched; last state: ${JSON.stringify({ ...last, items: last?.items?.map((i) => i.label) })}`);
}

// An item named by its label ("Delete") or by its window and label ("Timeline/Delete##event 3"),
// as the app's ItemRegistry names them.
export const matches = (item, path) => item.label === path || `${item.window}/${item.label}` === path;
export const hasItem = (st, path) => st.items.some((item) => matches(item, path));

// Returns the item once it stands still: at the same place in a later frame, or with no frame
// drawn for two polls (the app is idle, so this is where it stays). Why: a window's first frame
// (a menu or popup sizing itself) places its items before its layout is final, and a click
// there can miss.
export async function findItem(page, path, timeout = STATE_TIMEOUT_MS) {
  let seen = null;
  let quiet = 0;
  let moves = 0;
  const waiting = waitForState(page, (st) => {
    const item = st.items.find((i) => matches(i, path));
    if (!item) {
      seen = null;
      return false;
    }
    const place = `${item.x},${item.y},${item.width},${item.height}`;
    if (seen && seen.place === place) {
      if (st.framesDrawn > seen.frame) return true;
      return ++quiet >= 2;
    }
    if (seen) ++moves;
    seen = { place, frame: st.framesDrawn };
    quiet = 0;
    return false;
  }, timeout);
  const s = await waiting.catch((error) => {
    throw new Error(seen
      ? `"${path}" never stood still (it moved ${moves} times, last at ${seen.place}): ${error.message}`
      : `"${path}" was never drawn: ${error.message}`);
  });
  return s.items.find((item) => matches(item, path));
}

// Clicks the widget named `path` with a real mouse click at its centre.
export async function click(page, path) {
  const item = await findItem(page, path);
  const box = await page.locator('#canvas').boundingBox();
  await page.mouse.click(box.x + item.x + item.width / 2, box.y + item.y + item.height / 2);
}

// Clicks a text field and waits until it is the one with focus (not merely some field), so that
// what is typed next lands in it.
export async function focusField(page, path) {
  // A second try covers a layout that moved between reading the field's place and clicking it:
  // what the lints show (phase progress in the phase bar, a line wrapping differently) changes
  // once they catch up with the last edit, a pause in typing later. The second try waits for them.
  for (let attempt = 0; ; ++attempt) {
    if (attempt > 0) {
      await waitForState(page, (st) => !st.open || st.open.lintRevision === st.open.revision);
      await settle(page);
    }
    const item = await findItem(page, path);
    const box = await page.locator('#canvas').boundingBox();
    await page.mouse.click(box.x + item.x + item.width / 2, box.y + item.y + item.height / 2);
    try {
      await waitForState(page, (st) => st.activeId === item.id && st.wantTextInput, 4000);
      return;
    } catch (error) {
      if (attempt === 1) throw error;
    }
  }
}

// Waits for the UI to stop drawing (the redraw policy idles once settled), then saves a PNG.
export async function screenshot(page, name) {
  await settle(page);
  const file = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

// Settled: no frame drawn for 400 ms, or, while a text field has focus and its cursor blinks
// (a few frames a second by design), no more frames than the blink draws.
export async function settle(page) {
  let previous = -1;
  for (let i = 0; i < 100; ++i) {
    const s = await state(page);
    const frames = s.framesDrawn;
    if (frames === previous || (s.wantTextInput && previous >= 0 && frames - previous <= 3)) return frames;
    previous = frames;
    await page.waitForTimeout(400);
  }
  throw new Error('the app never stopped drawing');
}

// Opens the post-mortem titled `title` from the library. Why a second try: in the first frames
// after a load or an import the library's table still sizes its columns, so a row can move under
// the click.
export async function openFromLibrary(page, title, timeout = 3000) {
  for (let attempt = 0; ; ++attempt) {
    await click(page, `##open ${title}`);
    try {
      return await waitForState(page, (s) => s.open?.title === title, timeout);
    } catch (error) {
      if (attempt === 2) throw error;
    }
  }
}
