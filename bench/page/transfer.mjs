// Transfer size of a cold load: every response Chromium receives while Hindsight's page loads in
// a fresh context (the page's own requests and its service worker's, which copies the app into
// its cache on a first visit), counted from the network, not from the dist/ folder; raw and as
// gzip -9 of each body. The same for the baseline page (Dear ImGui's own SDL2 example).
// The load is over when the first frame is drawn, the load event has run, and a service worker
// the page registered is active (its install has fetched everything it keeps).
// It never changes what a page fetches, and it closes every context it opens.
import { spawnSync } from 'node:child_process';
import { extname } from 'node:path';
import { openCold } from './load.mjs';

const KINDS = ['html', 'js', 'wasm', 'css', 'other'];

function kindOf(url) {
  const path = new URL(url).pathname;
  if (path.endsWith('/')) return 'html';
  const extension = extname(path).slice(1);
  return KINDS.includes(extension) ? extension : 'other';
}

// gzip itself, as a server compressing at its best setting would; -n keeps names and times out.
function gzipBytes(body) {
  const run = spawnSync('gzip', ['-9', '-n', '-c'], { input: body, maxBuffer: 1 << 30 });
  if (run.status !== 0) throw new Error(`gzip failed: ${run.stderr}`);
  return run.stdout.length;
}

// Loads `dir` cold and returns one entry per response: { url, kind, byWorker, raw, gzip }.
async function coldLoadResponses(browser, dir) {
  const bodies = [];
  const opened = await openCold(browser, dir, {
    onContext: (context) => context.on('response', (response) => {
      // A response a service worker answered from its cache crossed no network.
      if (response.fromServiceWorker()) return;
      bodies.push(response.finished().then(() => response.request().sizes()).then(async (sizes) =>
        // Why a negative body size means no transfer: Chromium reports it for a response its
        // HTTP cache answered, as the worker's first install does for files the page fetched.
        (sizes.responseBodySize < 0 ? null : { url: response.url(), body: await response.body(),
          byWorker: response.request().serviceWorker() !== null })));
    }),
  });
  try {
    await opened.page.waitForFunction(
      () => performance.getEntriesByType('navigation')[0]?.loadEventEnd > 0, null, { polling: 50 });
    // The load handler has run, so a page that registers a worker has asked by now.
    await opened.page.evaluate(async () => {
      if (!window.__bench.serviceWorker) return;
      await window.__bench.serviceWorker;
      await navigator.serviceWorker.ready;
    });
    // Responses still arriving are part of the load; wait until none is left outstanding.
    let settled = 0;
    while (settled < bodies.length) settled = (await Promise.all(bodies)).length;
    return (await Promise.all(bodies)).filter(Boolean).map(({ url, body, byWorker }) =>
      ({ url, kind: kindOf(url), byWorker, raw: body.length, gzip: gzipBytes(body) }));
  } finally {
    await opened.close();
  }
}

const sum = (entries, key) => entries.reduce((total, e) => total + e[key], 0);
const kB = (bytes) => bytes / 1000;

export async function measure({ browser, dist, baselineDist, log }) {
  const hindsight = await coldLoadResponses(browser, dist);
  const baseline = await coldLoadResponses(browser, baselineDist);
  for (const [name, entries] of [['Hindsight', hindsight], ['baseline', baseline]]) {
    log(`${name}: ${entries.map((e) => `${new URL(e.url).pathname}${e.byWorker ? ' (worker)' : ''} ` +
      `${e.raw}/${e.gzip}`).join(', ')}`);
  }
  const row = (name, value, base, aim = null, limit = null) => {
    const ratio = base ? value / base : null;
    return { group: 'transfer', name, value: kB(value), unit: 'kB',
      baseline: base === null ? null : kB(base), ratio, aim,
      met: limit === null ? null : ratio !== null && ratio <= limit };
  };
  const page = (entries) => entries.filter((e) => !e.byWorker);
  const worker = (entries) => entries.filter((e) => e.byWorker);
  const rows = [
    row('cold load, everything fetched, gzip -9', sum(hindsight, 'gzip'), sum(baseline, 'gzip'),
      '<= 1.5x baseline', 1.5),
    row('cold load, everything fetched, raw', sum(hindsight, 'raw'), sum(baseline, 'raw')),
    // The same aim without the worker's copy, which a first visit pays once for offline use.
    row('page\'s own fetches, gzip -9', sum(page(hindsight), 'gzip'), sum(page(baseline), 'gzip'),
      '<= 1.5x baseline', 1.5),
    row('service worker\'s copy for offline use, gzip -9', sum(worker(hindsight), 'gzip'),
      sum(worker(baseline), 'gzip') || null),
  ];
  for (const kind of KINDS) {
    const of = (entries) => sum(page(entries).filter((e) => e.kind === kind), 'gzip');
    if (of(hindsight) || of(baseline)) rows.push(row(`page's ${kind}, gzip -9`, of(hindsight), of(baseline) || null));
  }
  rows.push({ group: 'transfer', name: 'cold load, responses', value: hindsight.length, unit: '',
    baseline: baseline.length, ratio: hindsight.length / baseline.length, aim: null, met: null });
  return rows;
}
