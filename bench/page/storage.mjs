// Page benchmark: what browser storage costs the page. (1) An autosave of a post-mortem of about
// 1 MB: one character typed, then, from a Chromium trace, the main-thread tasks of the save (the
// frame that writes, the IndexedDB put, its completion): how long the page was blocked. (2) Start-up to the first
// frame, which lists the whole library (from its stored index; the records are read after it, a
// slice per frame), with 1,000 stored post-mortems and with an empty store; and, for the record,
// the time until every stored post-mortem is read and opens at a click.
// Contract: the stored records are seeded through IndexedDB in the record format the page writes
// (src/platform/web/hindsight_storage.js: postmortems {id, revision, json, savedAt} and the
// library's index entries), made from the app's own record of its sample (as compact JSON);
// waits on the app's state, never on fixed sleeps; closes every context it opens.
import { click, focusField, state, waitForApp, waitForState } from '../../tests/e2e/harness.mjs';
import { serveDist } from '../../tests/e2e/static_server.mjs';
import { importAndOpen, largePostmortemMarkdown } from '../../tests/e2e/long_postmortem.mjs';
import { percentile } from './frames.mjs';

const kAimSaveMs = 16;
const kAimStartupMs = 1000;
const kAimStartupRatio = 2;
const GROUP = 'Storage';

const row = (name, value, unit, aim, met) =>
  ({ group: GROUP, name, value, unit, baseline: null, ratio: null, aim, met });

// The save's main-thread tasks in a Chromium trace: the frame that issues the write (the app
// serialises the post-mortem, the page journals it and opens the IndexedDB transaction), the task
// that puts the record, and the one that handles its completion. Each is found by the IndexedDB
// trace event it holds, on the page's main thread. Returns their durations in ms.
function saveTasks(traceEvents) {
  const mains = new Set(traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' &&
    e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const animated = traceEvents.find((e) => e.name === 'FireAnimationFrame' &&
    mains.has(`${e.pid}:${e.tid}`));
  if (!animated) throw new Error('the trace holds no frame of the page');
  const onPage = (e) => e.pid === animated.pid && e.tid === animated.tid;
  const tasks = traceEvents.filter((e) => e.ph === 'X' && onPage(e) &&
    (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'));
  const steps = ['IDBDatabase::transaction', 'IDBObjectStore::put', 'IDBTransaction::onComplete'];
  return steps.map((step) => {
    const marker = traceEvents.find((e) => e.name === step && onPage(e));
    if (!marker) throw new Error(`the trace holds no ${step} on the page's main thread`);
    // The outermost task around the marker.
    const around = tasks.filter((t) => t.ts <= marker.ts && marker.ts <= t.ts + t.dur)
      .sort((a, b) => b.dur - a.dur)[0];
    if (!around) throw new Error(`no main-thread task holds ${step}`);
    return around.dur / 1000;
  });
}

async function measureAutosave(browser, server, smoke, log) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForApp(page);
    // About 1 MB of stored JSON (a smoke run: a tenth of it).
    const doc = largePostmortemMarkdown({ events: smoke ? 400 : 4000, actions: smoke ? 40 : 400,
      serial: 2, title: 'Storage rebalancer outage' });
    await importAndOpen(page, doc, '2024-03-04-storage-rebalancer-outage.md');
    await waitForState(page, (s) => s.storage.state === 'saved' && !s.storage.unsaved, 30000);
    const bytes = (await page.evaluate(() => window.hindsight.document())).length;
    const size = `${(bytes / 1e6).toFixed(1)} MB`;
    log(`storage: autosave of a post-mortem stored as ${bytes} bytes of JSON`);

    await focusField(page, 'Incident/##Title');
    await page.keyboard.press('End');
    const title = (await state(page)).open.title;
    const saves = smoke ? 1 : 5;
    const longest = [];
    const totals = [];
    for (let i = 0; i < saves; ++i) {
      const expected = `${title}${'x'.repeat(i + 1)}`;
      await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline',
        'disabled-by-default-devtools.timeline', 'IndexedDB'] });
      await page.keyboard.type('x');
      await waitForState(page, (s) => s.open.title === expected && s.storage.state === 'saved' &&
        !s.storage.unsaved, 30000);
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
      const [write, put, complete] = saveTasks(trace.traceEvents ?? trace);
      longest.push(Math.max(write, put, complete));
      totals.push(write + put + complete);
      log(`storage: save ${i + 1}: write frame ${write.toFixed(1)} ms, put ${put.toFixed(1)} ms, ` +
        `completion ${complete.toFixed(1)} ms`);
    }
    const blocked = percentile(longest, 50);
    const total = percentile(totals, 50);
    return [
      row(`Autosave of a ${size} post-mortem: longest main-thread task (median of ${saves})`,
        blocked, 'ms', `< ${kAimSaveMs} ms`, blocked < kAimSaveMs),
      row(`Autosave of a ${size} post-mortem: main-thread time, write frame + put + completion ` +
        `(median of ${saves})`, total, 'ms', `< ${kAimSaveMs} ms`, total < kAimSaveMs),
    ];
  } finally {
    await context.close();
  }
}

// The app's own record of its sample post-mortem, as the page stored it: its JSON text and its
// library index entry, the template of every seeded record.
async function sampleRecord(browser, server) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForApp(page);
    await click(page, 'Open the sample');
    await waitForState(page, (s) => s.open !== null && s.storage.state === 'saved' &&
      !s.storage.unsaved, 30000);
    const id = (await state(page)).open.id;
    const entry = await page.evaluate((key) => new Promise((resolve, reject) => {
      const request = indexedDB.open('hindsight');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const read = request.result.transaction(['library']).objectStore('library').get(key);
        read.onsuccess = () => { request.result.close(); resolve(read.result); };
        read.onerror = () => reject(read.error);
      };
    }), id);
    if (!entry) throw new Error('the page stored no index entry for the sample');
    return { text: await page.evaluate(() => window.hindsight.document()), entry };
  } finally {
    await context.close();
  }
}

// Writes `count` post-mortems into the page's IndexedDB, as the page itself stores them.
async function seed(page, template, count) {
  await page.evaluate(({ text, entry, n }) => new Promise((resolve, reject) => {
    const request = indexedDB.open('hindsight');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(['postmortems', 'library'], 'readwrite');
      const base = JSON.parse(text);
      const encoder = new TextEncoder();
      for (let i = 0; i < n; ++i) {
        const postmortem = { ...base, id: `pm-${(0xc000000000000000n + BigInt(i)).toString(16)}`,
          incident: { ...base.incident, title: `${base.incident.title} ${i + 1}` } };
        tx.objectStore('postmortems').put({ id: postmortem.id, revision: 1,
          json: encoder.encode(JSON.stringify(postmortem)), savedAt: Date.now() });
        tx.objectStore('library').put({ ...entry, id: postmortem.id,
          title: postmortem.incident.title, revision: 1 });
      }
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), { text: template.text, entry: template.entry, n: count });
}

// Milliseconds from navigation to the first frame (the loading indicator goes at that frame) and
// to the moment every stored record is read (the app's own monotonic clock, which in the browser
// is performance.now()), over `loads` reloads of a page whose store holds `count` post-mortems.
async function startupTimes(browser, server, template, count, loads) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    // Watched from before the page is parsed: a reload served from the HTTP cache can draw its
    // first frame before DOMContentLoaded.
    await page.addInitScript(() => {
      new MutationObserver((changes) => {
        if (window.hindsightFirstFrameAt !== undefined) return;
        if (changes.some((change) => change.target.id === 'loading' && change.target.hidden)) {
          window.hindsightFirstFrameAt = performance.now();
        }
      }).observe(document, { attributes: true, attributeFilter: ['hidden'], subtree: true });
    });
    await page.goto(server.url);
    await waitForApp(page);
    if (count > 0) await seed(page, template, count);
    const times = { first: [], read: [] };
    for (let i = 0; i < loads; ++i) {
      await page.reload();
      await waitForApp(page);
      const first = await state(page);
      if (first.postmortems.length !== count || first.listedAtFirstFrame !== count) {
        throw new Error(`the first frame listed ${first.listedAtFirstFrame} and the library ` +
          `${first.postmortems.length}, not ${count}`);
      }
      times.first.push(await page.evaluate(() => window.hindsightFirstFrameAt));
      times.read.push(first.libraryReadAtMs);
    }
    return times;
  } finally {
    await context.close();
  }
}

export async function measure({ browser, dist, smoke, log }) {
  const server = await serveDist(dist);
  try {
    const rows = await measureAutosave(browser, server, smoke, log);
    const template = await sampleRecord(browser, server);
    const stored = smoke ? 100 : 1000;
    const loads = smoke ? 1 : 5;
    const empty = await startupTimes(browser, server, template, 0, loads);
    const full = await startupTimes(browser, server, template, stored, loads);
    const list = (times) => times.map((ms) => ms.toFixed(0)).join(', ');
    log(`storage: start-up, empty store: ${list(empty.first)} ms; ${stored} stored ` +
      `(${template.text.length} bytes each): ${list(full.first)} ms, every record read at ` +
      `${list(full.read)} ms`);
    const emptyMs = percentile(empty.first, 50);
    const fullMs = percentile(full.first, 50);
    const readMs = percentile(full.read, 50);
    const ratio = fullMs / emptyMs;
    const label = `${stored.toLocaleString('en')} stored post-mortems`;
    rows.push(
      row(`Start-up to the first frame, empty store (median of ${loads})`, emptyMs, 'ms', null,
        null),
      row(`Start-up to the first frame listing ${label} (median of ${loads})`, fullMs, 'ms',
        `< ${kAimStartupMs} ms`, fullMs < kAimStartupMs),
      row(`Start-up with ${label} / with an empty store`, ratio, 'x',
        `< ${kAimStartupRatio}x`, ratio < kAimStartupRatio),
      row(`Start-up until all ${label} are read and open at a click (median of ${loads})`,
        readMs, 'ms', null, null));
    return rows;
  } finally {
    await server.close();
  }
}
