// Storage that never loses work, proved in a real browser: each test does what browsers and users
// do to stored data (reload mid-save, restart, two tabs, a full quota, storage blocked, cleared or
// damaged, a tab closed while loading) and asserts what is stored afterwards, read straight from
// IndexedDB, so "nothing lost" is checked against the data itself and not only the screen.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import {
  CHROMIUM_ARGS, click, distDir, focusField, launchBrowser, openFromLibrary, screenshot, settle, state,
  waitForApp, waitForState,
} from './harness.mjs';
import { importAndOpen, largePostmortemMarkdown } from './long_postmortem.mjs';
import { serveDist } from './static_server.mjs';

// A hang fails its test instead of stalling the whole suite.
const kTestTimeout = 180000;

let browser;
let server;
before(async () => {
  browser = await launchBrowser();
  server = await serveDist(distDir);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// Why no service worker: page.route cannot see requests a worker answers, and these tests are
// about storage; tests/e2e/offline.test.mjs covers the worker.
const newContext = (options = {}) => browser.newContext({ serviceWorkers: 'block', ...options });

// A page of Hindsight in `context`, drawn and ready.
async function openPage(context, { initScript } = {}) {
  const page = await context.newPage();
  if (initScript) await page.addInitScript(initScript);
  await page.goto(server.url);
  await waitForApp(page);
  return page;
}

// Every stored record, read from IndexedDB by the page itself (not through the app).
async function storedRecords(page) {
  for (let attempt = 0; ; ++attempt) {
    try {
      return await readStoredRecords(page);
    } catch (error) {
      // Clearing site data closes every connection, a reading one included: read again.
      if (attempt === 3 || !/closed/.test(String(error))) throw error;
    }
  }
}

async function readStoredRecords(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    // No version: the one the database has (opening a missing one would ask for an upgrade).
    const request = indexedDB.open('hindsight');
    // No database (cleared): say so without creating an empty one the app would then open.
    let missing = false;
    request.onupgradeneeded = () => { missing = true; request.transaction.abort(); };
    request.onsuccess = () => {
      const db = request.result;
      try {
        const read = db.transaction(['postmortems'], 'readonly').objectStore('postmortems').getAll();
        // The page stores a record's JSON as UTF-8 bytes (`json`); older records hold a string.
        const decoder = new TextDecoder();
        read.onsuccess = () => {
          db.close();
          resolve(read.result.map((r) => ({ id: r.id, revision: r.revision,
            text: r.json instanceof Uint8Array ? decoder.decode(r.json) : r.text,
            stored: r.json instanceof Uint8Array ? 'bytes' : typeof r.text })));
        };
        read.onerror = () => { db.close(); reject(read.error); };
      } catch (error) {
        db.close();
        reject(error);
      }
    };
    request.onerror = () => (missing ? resolve([]) : reject(request.error));
  }));
}

const titleOf = (record) => JSON.parse(record.text).incident.title;

const journalKeys = (page) => page.evaluate(() =>
  Object.keys(window.localStorage).filter((key) => key.startsWith('hindsight-unsaved')));

// Reloads `page` and checks that its one stored post-mortem, listed and in IndexedDB, is titled
// `title`, and that the journal that may have carried it across is gone, text and all. Resolves
// to the stored record.
async function reloadAndExpectStored(page, title) {
  await page.reload();
  await waitForApp(page);
  assert.deepEqual((await state(page)).postmortems, [title]);
  const records = await storedRecords(page);
  assert.equal(records.length, 1);
  assert.equal(titleOf(records[0]), title);
  assert.deepEqual(await journalKeys(page), []);
  return records[0];
}

async function typeTitle(page, text) {
  await focusField(page, 'Incident/##Title');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

// Creates a post-mortem titled `title` and waits until the app says it is saved.
async function createSaved(page, title) {
  await click(page, 'New post-mortem');
  await waitForState(page, (s) => s.open);
  await typeTitle(page, title);
  await waitForState(page, (s) => s.open?.title === title);
  await waitForState(page, (s) => s.storage.state === 'saved' && !s.storage.unsaved);
}

test('an edit followed by a reload within 50 ms is there after the reload', { timeout: kTestTimeout }, async () => {
  const context = await newContext();
  try {
    const page = await openPage(context);
    await createSaved(page, 'Disk full');
    await typeTitle(page, 'Disk full on db-2 at 09:14');
    // The edit is in the app (not merely typed): then the page goes away at once.
    await waitForState(page, (s) => s.open?.title === 'Disk full on db-2 at 09:14', 10000);
    await reloadAndExpectStored(page, 'Disk full on db-2 at 09:14');
  } finally {
    await context.close();
  }
});

test('an edit followed by closing the tab within 50 ms is there in the next tab', { timeout: kTestTimeout }, async () => {
  const context = await newContext();
  try {
    const page = await openPage(context);
    await createSaved(page, 'Certificate expired');
    await typeTitle(page, 'Certificate expired on the API edge');
    await waitForState(page, (s) => s.open?.title === 'Certificate expired on the API edge', 10000);
    await page.close({ runBeforeUnload: true });
    const next = await openPage(context);
    assert.deepEqual((await state(next)).postmortems, ['Certificate expired on the API edge']);
  } finally {
    await context.close();
  }
});

// Holds the page's database busy from a second connection: a read-write transaction kept open by
// a chain of reads, so every write the app starts waits behind it. Resolves once it holds.
async function holdDatabase(page) {
  await page.evaluate(() => new Promise((resolve, reject) => {
    const request = indexedDB.open('hindsight');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const records = request.result.transaction(['postmortems'], 'readwrite').objectStore('postmortems');
      let started = false;
      const again = () => {
        records.count().onsuccess = () => {
          if (!started) { started = true; resolve(); }
          again();
        };
      };
      again();
    };
  }));
}

test('a long post-mortem edited while its write waits on storage keeps the edit across a reload, journaled late or as the page goes', { timeout: kTestTimeout }, async () => {
  const context = await newContext();
  try {
    const page = await openPage(context);
    // 3,000 events: about 500 KB of JSON, past the size whose writes are journaled at once.
    const long = largePostmortemMarkdown({ events: 3000, actions: 30, title: 'Long storage outage' });
    await importAndOpen(page, long, 'long-storage-outage.md');
    await waitForState(page, (s) => s.storage.state === 'saved' && !s.storage.unsaved, 30000);
    const [stored] = await storedRecords(page);
    assert.ok(stored.text.length > 256 * 1024, `${stored.text.length} bytes stored`);

    await holdDatabase(page);
    // One keystroke, so one write holds the whole edit: it is issued and waits behind the held
    // transaction, with no change left for the closing page's own flush to write.
    await focusField(page, 'Incident/##Title');
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    await waitForState(page, (s) => s.open?.title === 'Long storage outage!' &&
      s.storage.writing && !s.storage.unwritten, 10000);
    const kept = await reloadAndExpectStored(page, 'Long storage outage!');
    assert.equal(JSON.parse(kept.text).timeline.length, 3000);

    // A write that storage keeps waiting for over a second is journaled then, page or no page.
    // (The first change after a load is journaled as it is made: one is made and saved first.)
    await openFromLibrary(page, 'Long storage outage!', 20000);
    await focusField(page, 'Incident/##Title');
    await page.keyboard.press('End');
    await page.keyboard.type('?');
    await waitForState(page, (s) => s.open?.title === 'Long storage outage!?' &&
      s.storage.state === 'saved' && !s.storage.unsaved, 30000);
    assert.deepEqual(await journalKeys(page), []);
    await holdDatabase(page);
    await page.keyboard.type('#');
    await waitForState(page, (s) => s.open?.title === 'Long storage outage!?#' &&
      s.storage.writing && !s.storage.unwritten, 10000);
    await page.waitForFunction(() => Object.keys(window.localStorage)
      .some((key) => key.startsWith('hindsight-unsaved-text:')), null, { timeout: 10000 });
    await reloadAndExpectStored(page, 'Long storage outage!?#');
  } finally {
    await context.close();
  }
});

test('after a browser restart every post-mortem is listed from the first frame and opens once read', { timeout: kTestTimeout }, async () => {
  const profile = mkdtempSync(join(tmpdir(), 'hindsight-profile-'));
  const launch = () => chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, serviceWorkers: 'block',
  });
  try {
    let context = await launch();
    let page = await openPage(context);
    await createSaved(page, 'Queue backlog');
    await click(page, 'Editor/< Library');
    await createSaved(page, 'DNS outage');
    await context.close();

    context = await launch();
    page = await context.newPage();
    // The first state the app can report already lists the library: its index was read before
    // main(), and the first frame listed it.
    await page.goto(server.url);
    await page.waitForFunction(() => window.hindsight && window.hindsight.state(), null, { timeout: 30000 });
    const first = await state(page);
    assert.deepEqual([...first.postmortems].sort(), ['DNS outage', 'Queue backlog']);
    await waitForApp(page);
    const read = await state(page);
    assert.equal(read.listedAtFirstFrame, 2);
    assert.equal(read.libraryReading, 0);
    await openFromLibrary(page, 'Queue backlog');
    await waitForState(page, (s) => s.open?.title === 'Queue backlog');
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

// Stores the next revision of post-mortem `id`, titled `title`, as another tab would, from a
// connection of its own and without telling the page's tabs.
async function writeAsAnotherTab(page, id, title) {
  await page.evaluate(([postmortemId, newTitle]) => new Promise((resolve, reject) => {
    const request = indexedDB.open('hindsight');
    request.onsuccess = () => {
      const tx = request.result.transaction(['postmortems'], 'readwrite');
      const records = tx.objectStore('postmortems');
      const read = records.get(postmortemId);
      read.onsuccess = () => {
        const document = JSON.parse(new TextDecoder().decode(read.result.json));
        document.incident.title = newTitle;
        records.put({ id: postmortemId, revision: read.result.revision + 1,
          json: new TextEncoder().encode(JSON.stringify(document)) });
      };
      tx.oncomplete = () => { request.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), [id, title]);
}

test('two tabs on one post-mortem: a clean tab follows, an edited one is never overwritten silently', { timeout: kTestTimeout }, async () => {
  const context = await newContext();
  try {
    const first = await openPage(context);
    await createSaved(first, 'Cache stampede');
    const second = await openPage(context);
    await openFromLibrary(second, 'Cache stampede');

    // The second tab has no unsaved edits: it shows the first tab's change live.
    // Why bringToFront: Chromium slows the frames of a tab in the background.
    await first.bringToFront();
    await typeTitle(first, 'Cache stampede after deploy');
    await waitForState(first, (s) => s.open?.title === 'Cache stampede after deploy' && s.storage.state === 'saved' && !s.storage.unsaved);
    await second.bringToFront();
    await waitForState(second, (s) => s.open?.title === 'Cache stampede after deploy');

    // Another tab stores a newer revision just as this one edits: this tab's write is refused,
    // the other tab's version stays stored, and this tab turns read-only and asks.
    await writeAsAnotherTab(second, (await state(second)).open.id, 'Written by another tab');
    await typeTitle(second, 'Second tab title');
    const conflicted = await waitForState(second, (s) => s.storage.conflict, 15000);
    assert.equal(conflicted.storage.state, 'conflict');
    // The refusal may come while typing goes on; from then on nothing more is taken.
    const mine = (await state(second)).open.title;
    assert.ok('Second tab title'.startsWith(mine) && mine.startsWith('Second'), mine);
    let records = await storedRecords(second);
    assert.equal(titleOf(records[0]), 'Written by another tab');
    await screenshot(second, 'storage-conflict');
    // Read-only until the user chooses: typing changes nothing.
    await focusField(second, 'Incident/##Title').catch(() => {});
    await second.keyboard.type('xyz');
    await settle(second);  // the keys have reached the app's frames
    assert.equal((await state(second)).open.title, mine);

    // The user keeps this tab's version: it is written knowingly, and the first tab, with
    // nothing unsaved, follows.
    await click(second, "Editor/Keep this tab's version");
    await waitForState(second, (s) => s.storage.state === 'saved' && !s.storage.unsaved);
    records = await storedRecords(second);
    assert.equal(titleOf(records[0]), mine);
    await first.bringToFront();
    await waitForState(first, (s) => s.open?.title === mine);
  } finally {
    await context.close();
  }
});

// Rewrites the origin's database as the previous version of the page left it: version 1, the same
// stores, no 'revision' index, the records and index entries the app wrote, plus `extra` records
// (values as stored). Runs in a blank page of the origin while no page of the app is open.
async function rewriteAsVersion1(context, extra) {
  const page = await context.newPage();
  await page.route('**/previous-version.html', (route) => route.fulfill({ contentType: 'text/html',
    body: '<!doctype html><title>previous version</title>' }));
  await page.goto(new URL('previous-version.html', server.url).href);
  const written = await page.evaluate((more) => new Promise((resolve, reject) => {
    const read = indexedDB.open('hindsight');
    read.onerror = () => reject(read.error);
    read.onsuccess = () => {
      const tx = read.result.transaction(['postmortems', 'library'], 'readonly');
      const records = tx.objectStore('postmortems').getAll();
      const entries = tx.objectStore('library').getAll();
      tx.onerror = () => reject(tx.error);
      tx.oncomplete = () => {
        read.result.close();
        const removal = indexedDB.deleteDatabase('hindsight');
        removal.onerror = () => reject(removal.error);
        removal.onsuccess = () => {
          const v1 = indexedDB.open('hindsight', 1);
          v1.onupgradeneeded = () => {
            v1.result.createObjectStore('postmortems', { keyPath: 'id' });
            v1.result.createObjectStore('library', { keyPath: 'id' });
          };
          v1.onerror = () => reject(v1.error);
          v1.onsuccess = () => {
            const db = v1.result;
            const write = db.transaction(['postmortems', 'library'], 'readwrite');
            [...records.result, ...more].forEach((r) => write.objectStore('postmortems').put(r));
            entries.result.forEach((e) => write.objectStore('library').put(e));
            write.oncomplete = () => {
              const shape = { version: db.version, indexes: [...db.transaction(['postmortems'])
                .objectStore('postmortems').indexNames], records: records.result.length + more.length };
              db.close();
              resolve(shape);
            };
            write.onerror = () => reject(write.error);
          };
        };
      };
    };
  }), extra);
  await page.close();
  return written;
}

// The database's version, its indexes on the records, and the keys the 'revision' index holds.
const databaseShape = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const request = indexedDB.open('hindsight');
  request.onerror = () => reject(request.error);
  request.onsuccess = () => {
    const db = request.result;
    const records = db.transaction(['postmortems'], 'readonly').objectStore('postmortems');
    const indexes = [...records.indexNames];
    const keys = [];
    if (!indexes.includes('revision')) { db.close(); resolve({ version: db.version, indexes, keys }); return; }
    const cursor = records.index('revision').openKeyCursor();
    cursor.onsuccess = () => {
      if (cursor.result) { keys.push(cursor.result.key); cursor.result.continue(); return; }
      db.close();
      resolve({ version: db.version, indexes, keys });
    };
    cursor.onerror = () => { db.close(); reject(cursor.error); };
  };
}));

test('a database written by the previous version is upgraded, written, and still refuses another tab\'s write', { timeout: kTestTimeout }, async () => {
  const context = await newContext();
  try {
    let page = await openPage(context);
    await createSaved(page, 'Replica lag');
    await click(page, 'Editor/< Library');
    await createSaved(page, 'Queue stall');
    const byId = async () => Object.fromEntries((await storedRecords(page)).map((r) => [r.id, r]));
    const first = Object.values(await byId());
    const ids = Object.fromEntries(first.map((r) => [titleOf(r), r.id]));
    const before = Object.fromEntries(first.map((r) => [r.id, r.revision]));
    await page.close();
    // A value that is no Hindsight record (no revision): the upgrade must index around it.
    const foreign = { id: 'pm-foreign', note: 'not written by Hindsight' };
    assert.deepEqual(await rewriteAsVersion1(context, [foreign]), { version: 1, indexes: [], records: 3 });

    page = await openPage(context);
    let s = await state(page);
    assert.deepEqual([...s.postmortems].sort(), ['Queue stall', 'Replica lag']);
    assert.deepEqual(s.storage.quarantined.map((q) => q.id), ['pm-foreign']);
    assert.ok(!s.status.includes('storage was cleared'), s.status);
    const upgraded = await databaseShape(page);
    assert.equal(upgraded.version, 2);
    assert.deepEqual(upgraded.indexes, ['revision']);
    assert.deepEqual(upgraded.keys.sort(), Object.entries(before).sort());

    // The app writes over the upgraded record: the revision it expects is found through the index.
    const id = ids['Replica lag'];
    await openFromLibrary(page, 'Replica lag');
    await typeTitle(page, 'Replica lag on eu-west');
    await waitForState(page, (st) => st.open?.title === 'Replica lag on eu-west' &&
      st.storage.state === 'saved' && !st.storage.unsaved);
    let records = await byId();
    assert.equal(titleOf(records[id]), 'Replica lag on eu-west');
    assert.ok(records[id].revision > before[id], `revision ${records[id].revision} after ${before[id]}`);
    assert.equal(records[ids['Queue stall']].revision, before[ids['Queue stall']]);
    assert.deepEqual((await databaseShape(page)).keys.find((key) => key[0] === id), [id, records[id].revision]);
    s = await state(page);
    assert.ok(!s.status.includes('storage was cleared'), s.status);

    // Another tab stores a newer revision: this tab's next write is refused and the other's stays.
    await writeAsAnotherTab(page, id, 'Written by another tab');
    await typeTitle(page, 'Replica lag, written here');
    await waitForState(page, (st) => st.storage.conflict, 15000);
    records = await byId();
    assert.equal(titleOf(records[id]), 'Written by another tab');
    const theirs = records[id].revision;
    // The refusal handed over the stored record: taking it shows the other tab's title, and the
    // next edit is written over the revision it carried.
    await click(page, "Editor/Load the other tab's version");
    await waitForState(page, (st) => st.open?.title === 'Written by another tab' && !st.storage.conflict);
    await typeTitle(page, 'Written by another tab, then here');
    await waitForState(page, (st) => st.open?.title === 'Written by another tab, then here' &&
      st.storage.state === 'saved' && !st.storage.unsaved);
    records = await byId();
    assert.equal(titleOf(records[id]), 'Written by another tab, then here');
    assert.ok(records[id].revision > theirs, `revision ${records[id].revision} after ${theirs}`);
    assert.equal(records['pm-foreign'].revision, undefined);
  } finally {
    await context.close();
  }
});

test('a full storage quota says so, keeps the saved version intact and export still works', { timeout: kTestTimeout }, async () => {
  const context = await newContext({ acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    const page = await context.newPage();
    // Why before the first visit: IndexedDB reads its origin's quota when it opens the store.
    // 400 KB holds an empty store and a small post-mortem, not a 600 KB impact statement.
    const cdp = await context.newCDPSession(page);
    const origin = new URL(server.url).origin;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 400 * 1024 });
    await page.goto(server.url);
    await waitForApp(page);
    await createSaved(page, 'Payment retries');

    const impact = 'Customers were charged twice for one order. '.repeat(14000);
    await focusField(page, 'Incident/##Impact');
    await page.evaluate((text) => navigator.clipboard.writeText(text), impact);
    await page.keyboard.press('Control+V');
    const failed = await waitForState(page, (s) => s.storage.state === 'failed', 20000);
    assert.match(failed.storage.message, /storage for Hindsight is full/);
    assert.match(await page.locator('#save-status').textContent(), /full/);
    const records = await storedRecords(page);
    assert.equal(records.length, 1);
    assert.equal(titleOf(records[0]), 'Payment retries');
    assert.equal(JSON.parse(records[0].text).incident.impact, '');
    await screenshot(page, 'storage-quota-full');

    const download = page.waitForEvent('download');
    await page.keyboard.press('Control+S');
    const markdown = readFileSync(await (await download).path(), 'utf8');
    assert.ok(markdown.includes(impact.trim().slice(0, 200)));
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  } finally {
    await context.close();
  }
});

test('with IndexedDB unavailable the app runs, says saving is off, and export works', { timeout: kTestTimeout }, async () => {
  const context = await newContext({ acceptDownloads: true });
  try {
    const page = await openPage(context, {
      initScript: () => {
        Object.defineProperty(window, 'indexedDB', {
          get() { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); },
        });
        // Whether the browser's own action for Ctrl+S (save the page) was stopped.
        window.addEventListener('keydown', (event) => {
          if (event.ctrlKey && event.key.toLowerCase() === 's') window.ctrlSPrevented = event.defaultPrevented;
        });
      },
    });
    const s = await state(page);
    assert.equal(s.storage.state, 'off');
    assert.match(s.storage.message, /^Saving is off: this browser blocks storage for this page/);
    await click(page, 'New post-mortem');
    await typeTitle(page, 'Blocked storage');
    await waitForState(page, (st) => st.open?.title === 'Blocked storage');
    await screenshot(page, 'storage-off');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Control+S');
    assert.match(readFileSync(await (await download).path(), 'utf8'), /Blocked storage/);
    assert.equal(await page.evaluate(() => window.ctrlSPrevented), true, "the browser's save-page did not run");
  } finally {
    await context.close();
  }
});

test('storage cleared behind the app\'s back: the open tab saves its work again', { timeout: kTestTimeout }, async () => {
  const context = await newContext();
  try {
    const page = await openPage(context);
    await createSaved(page, 'Disk pressure');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(server.url).origin, storageTypes: 'indexeddb' });
    assert.deepEqual(await storedRecords(page), []);
    await typeTitle(page, 'Disk pressure on db-3');
    // Typed keys reach the app on its next frames: "saved" alone may describe an earlier prefix.
    await waitForState(page, (s) => s.open?.title === 'Disk pressure on db-3');
    await waitForState(page, (s) => s.status.includes('storage was cleared'), 15000);
    await waitForState(page, (s) => s.storage.state === 'saved' && !s.storage.unsaved);
    const records = await storedRecords(page);
    assert.deepEqual(records.map(titleOf), ['Disk pressure on db-3']);
  } finally {
    await context.close();
  }
});

test('storage cleared while no tab was open: an empty library that offers to open a backup', { timeout: kTestTimeout }, async () => {
  const context = await newContext();
  try {
    const page = await openPage(context);
    await createSaved(page, 'Stale replica');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(server.url).origin, storageTypes: 'indexeddb,local_storage' });
    await page.close();
    const next = await openPage(context);
    const s = await state(next);
    assert.deepEqual(s.postmortems, []);
    assert.ok(s.items.some((i) => i.label === 'Open files...'), 'the empty library offers to open a backup');
    await screenshot(next, 'storage-cleared-empty-library');
  } finally {
    await context.close();
  }
});

test('damaged and newer-schema records are quarantined, downloadable byte for byte, never rewritten', { timeout: kTestTimeout }, async () => {
  const context = await newContext({ acceptDownloads: true });
  try {
    let page = await openPage(context);
    await createSaved(page, 'Healthy record');
    const damaged = '{"schema": 2, "id": "pm-damaged", "incident": {"title": "Half wri';
    const newer = JSON.stringify({ schema: 99, id: 'pm-newer', incident: { title: 'From a newer Hindsight' }, created_at: '2030-01-01T00:00:00Z' });
    await page.evaluate(([damagedText, newerText]) => new Promise((resolve, reject) => {
      const request = indexedDB.open('hindsight');
      request.onsuccess = () => {
        const tx = request.result.transaction(['postmortems'], 'readwrite');
        // One as the page stores records now (UTF-8 bytes), one as it stored them before (a string).
        tx.objectStore('postmortems').put({ id: 'pm-damaged', revision: 4, json: new TextEncoder().encode(damagedText) });
        tx.objectStore('postmortems').put({ id: 'pm-newer', revision: 2, text: newerText });
        tx.oncomplete = () => { request.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    }), [damaged, newer]);
    await page.reload();
    await waitForApp(page);
    const s = await state(page);
    assert.deepEqual(s.postmortems, ['Healthy record']);
    const reasons = Object.fromEntries(s.storage.quarantined.map((q) => [q.id, q.reason]));
    assert.match(reasons['pm-damaged'], /^it is damaged/);
    assert.equal(reasons['pm-newer'], 'it was written by a newer version of Hindsight');
    await screenshot(page, 'storage-quarantine');

    const download = page.waitForEvent('download');
    await click(page, 'Library/Download as stored');
    const saved = await download;
    assert.equal(saved.suggestedFilename(), 'pm-damaged.stored.json');
    assert.equal(readFileSync(await saved.path(), 'utf8'), damaged);

    // Editing elsewhere never touches them.
    await openFromLibrary(page, 'Healthy record');
    await typeTitle(page, 'Healthy record, edited');
    await waitForState(page, (st) => st.storage.state === 'saved' && !st.storage.unsaved && st.open?.title === 'Healthy record, edited');
    const records = Object.fromEntries((await storedRecords(page)).map((r) => [r.id, r]));
    assert.equal(records['pm-damaged'].text, damaged);
    assert.equal(records['pm-damaged'].revision, 4);
    assert.equal(records['pm-newer'].text, newer);
    assert.equal(records['pm-newer'].stored, 'string');
    // The app writes records as bytes, and reads both forms.
    const healthy = Object.values(records).find((r) => r.id !== 'pm-damaged' && r.id !== 'pm-newer');
    assert.equal(healthy.stored, 'bytes');
    assert.equal(titleOf(healthy), 'Healthy record, edited');
  } finally {
    await context.close();
  }
});

test('a tab closed before it finished loading never changes what is stored', { timeout: kTestTimeout }, async () => {
  const context = await newContext();
  try {
    const page = await openPage(context);
    await createSaved(page, 'Rate limiter misfire');
    const before = await storedRecords(page);

    // A second tab whose application file never arrives: it is closed while still loading.
    const stuck = await context.newPage();
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await stuck.route('**/hindsight.wasm', async (route) => { await held; await route.abort(); });
    await stuck.goto(server.url);
    await stuck.waitForSelector('#loading', { state: 'visible' });
    await stuck.close({ runBeforeUnload: true });
    release();

    const next = await openPage(context);
    assert.deepEqual((await state(next)).postmortems, ['Rate limiter misfire']);
    assert.deepEqual(await storedRecords(next), before);
  } finally {
    await context.close();
  }
});
