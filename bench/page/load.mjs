// Time to the first frame: how long after navigation starts a page has drawn its first frame, for
// Hindsight and for the baseline page (Dear ImGui's own SDL2 example), loaded the same way in the
// same run: served locally, cold (a fresh browser context each load: no HTTP cache, no service
// worker, no compiled WebAssembly kept), alternating so a busy moment hits both alike.
// Also exports openCold(), the one way the page benchmark opens a page cold; transfer.mjs and
// idle.mjs use it too.
// The first frame is seen from outside the app, identically for both pages: an init script wraps
// WebGL's drawElements (every Dear ImGui frame draws through it), and at the first call asks for
// the next animation frame; that callback runs once the first frame has been handed to the
// compositor, when the page can take input. Its performance.now() counts from navigation start.
// It never changes what a page does, and it closes every context and server it opens.
import { serveDist } from '../../tests/e2e/static_server.mjs';

const VIEWPORT = { width: 1280, height: 800 };

// Runs in the page before any of its scripts. window.__bench holds what it saw.
function watchPage() {
  const bench = { firstDraw: null, firstFrame: null, framesWithDraws: 0, serviceWorker: null };
  window.__bench = bench;
  let drewThisFrame = false;
  for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
    const drawElements = proto.drawElements;
    proto.drawElements = function (...args) {
      if (!drewThisFrame) {
        // Frames that drew anything: the figure the baseline page has in place of Hindsight's
        // own framesDrawn.
        drewThisFrame = true;
        ++bench.framesWithDraws;
        requestAnimationFrame(() => {
          drewThisFrame = false;
          if (bench.firstFrame === null) bench.firstFrame = performance.now();
        });
      }
      if (bench.firstDraw === null) bench.firstDraw = performance.now();
      return drawElements.apply(this, args);
    };
  }
  // A page that registers a service worker: transfer.mjs waits for it to finish installing.
  if (typeof ServiceWorkerContainer === 'function') {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      const registering = register.apply(this, args);
      bench.serviceWorker = registering;
      return registering;
    };
  }
}

// Serves `dir`, opens it in a fresh context and waits for the first frame. onContext(context) runs
// before the navigation (to watch the network). Returns { context, page, firstFrameMs, close }.
// Served as a typical static host serves files (GitHub Pages: max-age=600), not with the test
// server's no-store: the service worker's first install then takes the page's own downloads from
// the HTTP cache, as it does for a visitor.
const HOSTED = { 'Cache-Control': 'max-age=600' };

export async function openCold(browser, dir, { onContext } = {}) {
  const server = await serveDist(dir, { headers: HOSTED });
  const context = await browser.newContext({ viewport: VIEWPORT });
  const close = async () => { await context.close(); await server.close(); };
  try {
    if (onContext) await onContext(context);
    await context.addInitScript(watchPage);
    const page = await context.newPage();
    const failures = [];
    page.on('pageerror', (error) => failures.push(String(error)));
    await page.goto(server.url);
    try {
      await page.waitForFunction(() => window.__bench.firstFrame !== null, null,
        { timeout: 60000, polling: 50 });
    } catch (error) {
      throw new Error(`${dir} drew no frame${failures.length ? `: ${failures.join('; ')}` : ''}`);
    }
    const firstFrameMs = await page.evaluate(() => window.__bench.firstFrame);
    return { context, page, firstFrameMs, close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function firstFrameMs(browser, dir) {
  const opened = await openCold(browser, dir);
  await opened.close();
  return opened.firstFrameMs;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export async function measure({ browser, dist, baselineDist, smoke, log }) {
  const loads = smoke ? 1 : 7;
  const hindsight = [];
  const baseline = [];
  for (let i = 0; i < loads; ++i) {
    hindsight.push(await firstFrameMs(browser, dist));
    baseline.push(await firstFrameMs(browser, baselineDist));
    log(`load ${i + 1}/${loads}: Hindsight ${hindsight.at(-1).toFixed(0)} ms, ` +
      `baseline ${baseline.at(-1).toFixed(0)} ms`);
  }
  const value = median(hindsight);
  const base = median(baseline);
  return [{ group: 'load', name: `time to first frame, cold, median of ${loads}`, value,
    unit: 'ms', baseline: base, ratio: value / base, aim: '<= 1.3x baseline',
    met: value / base <= 1.3 }];
}
