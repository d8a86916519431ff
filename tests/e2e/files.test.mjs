// Opening files and "Export all" in a real browser: files dropped anywhere on the page and files
// picked with Ctrl+O or the File menu open the import preview, and nothing changes until Import;
// imported post-mortems are stored (they survive a reload); the "Export all" zip, dropped into a
// fresh browser profile, imports the same library record by record; and hostile files (over
// 50 MB, binary, UTF-16, broken JSON, a zip that would unpack to more than 50 MB) are each refused
// with a reason and change nothing. Screenshots of the preview go to build/screenshots/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { unzipSync, zipSync } from 'fflate';
import {
  click, launchBrowser, screenshot, waitForApp, waitForState, withApp,
} from './harness.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const markdown = (id, title, date) =>
  `---\nid: "${id}"\n---\n# ${title}\n\n**Date:** ${date}\n**Severity:** SEV2\n\n## Summary\n\n${title}: what happened.\n`;

const THREE = [
  { name: '2024-01-15-disk-full.md', text: markdown('pm-0000000000000001', 'Disk full on db-2', '2024-01-15') },
  { name: '2024-02-03-certificate.md', text: markdown('pm-0000000000000002', 'Certificate expired on the API', '2024-02-03') },
  { name: '2024-03-21-dns.md', text: markdown('pm-0000000000000003', 'DNS resolution failures', '2024-03-21') },
];

// Drops files on the canvas the way a browser does: dragenter, dragover, then drop, with a
// DataTransfer built in the page. A spec is { name, bytes: Buffer } or { name, size } (zeros,
// made in the page so 50 MB never crosses the test bridge).
async function dragFiles(page, specs, { drop = true } = {}) {
  const payload = specs.map((s) => (s.bytes ? { name: s.name, base64: Buffer.from(s.bytes).toString('base64') } : s));
  await page.evaluate(({ files, drop: andDrop }) => {
    const transfer = new DataTransfer();
    for (const f of files) {
      const bytes = f.base64 !== undefined
        ? Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0)) : new Uint8Array(f.size);
      transfer.items.add(new File([bytes], f.name));
    }
    window.hindsightTestTransfer = transfer;
    const canvas = document.getElementById('canvas');
    const types = andDrop ? ['dragenter', 'dragover', 'drop'] : ['dragenter', 'dragover'];
    for (const type of types) {
      canvas.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }
  }, { files: payload, drop });
}

const textFiles = (files) => files.map((f) => ({ name: f.name, bytes: Buffer.from(f.text) }));

// The next file chooser the page opens. Why a listener from the start instead of waitForEvent next
// to the key press: playwright turns the interception of file choosers on asynchronously, and a
// chooser opened before it is on is the browser's own dialog, never seen by the test.
function fileChoosers(page) {
  const arrived = [];
  const waiting = [];
  page.on('filechooser', (chooser) => (waiting.length ? waiting.shift()(chooser) : arrived.push(chooser)));
  return () => (arrived.length ? Promise.resolve(arrived.shift()) : new Promise((resolve, reject) => {
    waiting.push(resolve);
    setTimeout(() => reject(new Error('no file chooser opened')), 10000);
  }));
}

async function importAll(page, count) {
  await waitForState(page, (s) => s.importPlan && s.importPlan.candidates.length === count);
  await click(page, `Import files/Import ${count}##import`);
  return waitForState(page, (s) => s.importPlan === null && s.postmortems.length >= count);
}

async function exportAll(page) {
  await click(page, 'File');
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Export all...')]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

// The archive's backup, without the moment it was made: the library, record by record.
function libraryOf(zip) {
  const entries = unzipSync(new Uint8Array(zip));
  const backup = JSON.parse(Buffer.from(entries['hindsight-library.json']).toString('utf8'));
  return { postmortems: backup.postmortems, markdown: Object.keys(entries).filter((n) => n.endsWith('.md')).sort() };
}

test('three dropped Markdown files are previewed, imported, stored, exported and imported into a fresh profile', async () => {
  let exported;
  await withApp(browser, {}, async ({ page, errors }) => {
    await waitForApp(page);
    await dragFiles(page, textFiles(THREE), { drop: false });
    assert.equal(await page.locator('#drop-hint').isVisible(), true);
    await screenshot(page, 'files-drop-hint');
    await page.evaluate(() => document.getElementById('canvas').dispatchEvent(
      new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: window.hindsightTestTransfer })));
    const previewed = await waitForState(page, (s) => s.importPlan && s.importPlan.candidates.length === 3);
    assert.equal(await page.locator('#drop-hint').isVisible(), false);
    assert.deepEqual(previewed.importPlan.candidates.map((c) => [c.action, c.title, c.source]), [
      ['create', 'Disk full on db-2', '2024-01-15-disk-full.md'],
      ['create', 'Certificate expired on the API', '2024-02-03-certificate.md'],
      ['create', 'DNS resolution failures', '2024-03-21-dns.md'],
    ]);
    assert.deepEqual(previewed.postmortems, []);  // nothing changes before Import
    await screenshot(page, 'files-import-preview');

    const imported = await importAll(page, 3);
    assert.equal(imported.status, 'Imported 3 post-mortems');
    assert.deepEqual([...imported.postmortems].sort(),
      ['Certificate expired on the API', 'DNS resolution failures', 'Disk full on db-2']);
    await waitForState(page, (s) => s.storage.state === 'saved' && !s.storage.unsaved);
    await page.reload();
    await waitForApp(page);
    await waitForState(page, (s) => s.postmortems.length === 3);

    exported = await exportAll(page);
    assert.match(exported.name, /^hindsight-\d{4}-\d{2}-\d{2}\.zip$/);
    assert.deepEqual(errors, []);
  });
  const original = libraryOf(exported.bytes);
  assert.equal(original.postmortems.length, 3);
  assert.deepEqual(original.markdown, ['2024-01-15-disk-full-on-db-2.md', '2024-02-03-certificate-expired-on-the-api.md',
    '2024-03-21-dns-resolution-failures.md']);

  // A new server and a new profile: nothing stored, the backup brings the library over.
  await withApp(browser, {}, async ({ page, errors }) => {
    await waitForApp(page);
    await dragFiles(page, [{ name: exported.name, bytes: exported.bytes }]);
    const previewed = await waitForState(page, (s) => s.importPlan && s.importPlan.candidates.length === 3);
    assert.ok(previewed.importPlan.candidates.every((c) => c.action === 'create' &&
      c.source.startsWith(`${exported.name}/hindsight-library.json`)), JSON.stringify(previewed.importPlan));
    assert.deepEqual(previewed.importPlan.problems, []);
    await screenshot(page, 'files-import-backup-preview');
    await importAll(page, 3);
    const again = libraryOf((await exportAll(page)).bytes);
    assert.deepEqual(again, original);
    assert.deepEqual(errors, []);
  });
});

test('Ctrl+O and the File menu open the browser\'s file chooser, and picked files import', async () => {
  await withApp(browser, {}, async ({ page, errors }) => {
    const nextChooser = fileChoosers(page);
    await waitForApp(page);
    await page.locator('#canvas').focus();
    const [chooser] = await Promise.all([nextChooser(), page.keyboard.press('Control+O')]);
    assert.equal(chooser.isMultiple(), true);
    await chooser.setFiles(THREE.slice(0, 2).map((f) => ({ name: f.name, mimeType: 'text/markdown', buffer: Buffer.from(f.text) })));
    await importAll(page, 2);

    // From the menu: the picker opens a frame after the click, still within its user activation.
    await click(page, 'File');
    const [fromMenu] = await Promise.all([nextChooser(), click(page, 'Open files...')]);
    const changed = THREE[0].text.replace('# Disk full on db-2', '# Disk full on db-2 and db-3');
    await fromMenu.setFiles([{ name: 'disk.md', mimeType: 'text/markdown', buffer: Buffer.from(changed) }]);
    const replacing = await waitForState(page, (s) => s.importPlan && s.importPlan.candidates.length === 1);
    assert.equal(replacing.importPlan.candidates[0].action, 'replace');
    assert.ok(replacing.importPlan.candidates[0].changes > 0);
    await screenshot(page, 'files-import-replace-preview');
    await click(page, 'Import files/Import 1##import');
    const done = await waitForState(page, (s) => s.importPlan === null && s.postmortems.includes('Disk full on db-2 and db-3'));
    assert.equal(done.postmortems.length, 2);
    await click(page, 'Undo import');
    await waitForState(page, (s) => s.postmortems.includes('Disk full on db-2') && s.postmortems.length === 2);
    assert.deepEqual(errors, []);
  });
});

test('hostile files are each refused with a reason and change nothing', async () => {
  const bomb = zipSync({ 'huge.md': new Uint8Array(51 * 1024 * 1024) });
  await withApp(browser, {}, async ({ page, errors }) => {
    await waitForApp(page);
    await dragFiles(page, [
      { name: 'huge.md', size: 50 * 1024 * 1024 + 1 },
      { name: 'photo.md', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]) },
      { name: 'windows.md', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Outage\n', 'utf16le')]) },
      { name: 'broken.json', bytes: Buffer.from('{"id": "pm-1", "incident": {') },
      { name: 'bomb.zip', bytes: Buffer.from(bomb) },
    ]);
    const s = await waitForState(page, (st) => st.importPlan && st.importPlan.problems.length === 5);
    assert.deepEqual(s.importPlan.candidates, []);
    const reason = Object.fromEntries(s.importPlan.problems.map((p) => [p.source, p.reason]));
    assert.match(reason['huge.md'], /^This file is larger than 50 MB; Hindsight opens files up to 50 MB\.$/);
    assert.match(reason['photo.md'], /binary/);
    assert.match(reason['windows.md'], /UTF-16; save it as UTF-8/);
    assert.match(reason['broken.json'], /JSON/);
    assert.match(reason['bomb.zip'], /^This archive unpacks to 51\.0 MB; Hindsight opens up to 50 MB at a time\.$/);
    await screenshot(page, 'files-import-refused');
    await click(page, 'Import files/Import 0##import');  // disabled: nothing happens
    await click(page, 'Import files/Cancel##import');
    const after = await waitForState(page, (st) => st.importPlan === null);
    assert.deepEqual(after.postmortems, []);
    assert.equal(after.status, 'Import cancelled: nothing changed');
    assert.deepEqual(errors, []);
  });
});
