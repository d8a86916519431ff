// A new user's first hour in the editor, in a real browser with real mouse and keyboard events:
// the sample in each phase, a new post-mortem's metadata, five events typed and twelve pasted
// from logs and chat (one unticked), durations, an ordering warning fixed, undo and redo, a
// blameful sentence flagged and rewritten, an accented word and a paste from the system
// clipboard, the Markdown downloaded and compared byte for byte with `hindsight export` of the
// same model, and the Markdown copied to the clipboard. Screenshots of every screen, both
// themes, at 1x and 2x.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import {
  click, focusField, hasItem, launchBrowser, screenshot, state, waitForApp, waitForState, withApp,
} from './harness.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = process.env.HINDSIGHT_CLI ?? join(root, 'build/native-debug/src/cli/hindsight');

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const clipboardPermissions = { permissions: ['clipboard-read', 'clipboard-write'] };

// Clicks a text field and replaces what it holds with `text`, typed key by key.
async function typeInto(page, path, text) {
  await focusField(page, path);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

async function phaseButton(page, number) {
  const s = await waitForState(page, (st) => st.items.some((i) => i.label.endsWith(`##phase${number}`)));
  const item = s.items.find((i) => i.label.endsWith(`##phase${number}`));
  return `${item.window}/${item.label}`;
}

// Mixed excerpt: ISO-8601, syslog, kubectl and Slack. Twelve events; the Slack chatter is the
// one the test unticks.
const pasted = [
  '2024-01-15T14:25:10Z api-gateway level=error msg="upstream connect error" status=503',
  '2024-01-15T14:26:00Z PagerDuty alert fired: checkout error rate above 5%',
  'Jan 15 14:27:31 db-1 postgres[812]: FATAL: remaining connection slots are reserved',
  'Jan 15 14:28:02 db-1 postgres[812]: FATAL: sorry, too many clients already',
  '2024-01-15T14:31:00Z Deployment/checkout scaled down to 0 by autoscaler',
  '[2:33 PM] Dana: acknowledged, on it',
  '[2:35 PM] Sam: lunch anyone?',
  '[2:41 PM] Dana: root cause: connection leak in the retry path',
  '2024-01-15T14:44:00Z Rolled back checkout to v2.3.1',
  'Jan 15 14:47:12 db-1 postgres[812]: LOG: connections back under limit',
  '2024-01-15T14:52:00Z Status page updated: customers notified',
  '2024-01-15T15:05:00Z Resolved: error rate back to baseline',
].join('\n');

test('a new user\'s first hour: sample, metadata, timeline by typing and pasting, lints, download and copy', async () => {
  await withApp(browser, { context: clipboardPermissions }, async (app) => {
    const { page } = app;
    await waitForApp(page);

    // The sample, in each built phase.
    await click(page, 'Library/Open the sample');
    let s = await waitForState(page, (st) => st.open !== null && st.open.events > 5);
    await screenshot(page, 'first-hour-sample-prepare');
    await click(page, await phaseButton(page, 5));
    await waitForState(page, (st) => hasItem(st, 'Document/Download Markdown'));
    await screenshot(page, 'first-hour-sample-document');
    await click(page, 'Editor/< Library');
    await waitForState(page, (st) => st.open === null);

    // A new post-mortem and its metadata.
    await click(page, 'Library/New post-mortem');
    await waitForState(page, (st) => st.open?.title === 'Untitled post-mortem');
    await typeInto(page, 'Incident/##Title', 'Checkout errors from connection pool exhaustion');
    await typeInto(page, 'Incident/##Date', '2024-01-15');
    await typeInto(page, 'Incident/##Users affected', '~2,000 shoppers');
    await typeInto(page, 'Incident/##Author', 'Dana Ortiz');
    await typeInto(page, 'Incident/##Facilitator', 'Sam Lee');
    s = await waitForState(page, (st) => st.open.title === 'Checkout errors from connection pool exhaustion');

    // Five events by typing; Enter on the last row adds the next.
    const typed = [
      ['14:20', 'Deploy of checkout v2.4.0 started'],
      ['14:24', 'Error rate on checkout starts to climb'],
      ['14:58', 'Connection pool settings reviewed'],
      ['15:10', 'Follow-up ticket opened for the retry path'],
      ['15:20', 'Incident channel archived'],
    ];
    await click(page, 'Prepare/Add event');
    await waitForState(page, (st) => st.open.events === 1);
    for (let i = 0; i < typed.length; ++i) {
      await typeInto(page, `events/##time ${i}`, typed[i][0]);
      await typeInto(page, `events/##text ${i}`, typed[i][1]);
      if (i + 1 < typed.length) {
        await page.keyboard.press('Enter');
        await waitForState(page, (st) => st.open.events === i + 2);
      }
    }
    s = await waitForState(page, (st) => st.open.events === 5);

    // Twelve by pasting, one unticked in the preview.
    await click(page, 'Prepare/Paste from logs or chat...');
    await focusField(page, 'Paste from logs or chat/##Pasted lines');
    await page.evaluate((text) => navigator.clipboard.writeText(text), pasted);
    await page.keyboard.press('Control+V');
    await waitForState(page, (st) => hasItem(st, 'Paste from logs or chat/Add 12 events##add'));
    await screenshot(page, 'first-hour-paste-preview');
    await click(page, 'preview/##line 7');
    await click(page, 'Paste from logs or chat/Add 11 events##add');
    // Durations computed from the pasted milestones (detected 14:26, acknowledged 14:33,
    // rolled back 14:44, resolved 15:05; the first event 14:20); the pasted events sit after the
    // typed ones: an ordering warning.
    s = await waitForState(page, (st) => st.open.events === 16 && st.open.durations.total !== null);
    assert.deepEqual(s.open.durations,
      { detect: 360, acknowledge: 420, mitigate: 1080, resolve: 2340, total: 2340 });
    assert.ok(s.open.timelineWarnings.some((w) => /is listed after an event at/.test(w)), s.open.timelineWarnings.join('\n'));
    await screenshot(page, 'first-hour-timeline-chart');
    await click(page, 'Prepare/Sort by time');
    s = await waitForState(page, (st) => !st.open.timelineWarnings.some((w) => /is listed after an event at/.test(w)));

    // Undo brings the warning back; redo fixes it again.
    await page.keyboard.press('Control+Z');
    await waitForState(page, (st) => st.open.timelineWarnings.some((w) => /is listed after an event at/.test(w)));
    await page.keyboard.press('Control+Shift+Z');
    await waitForState(page, (st) => !st.open.timelineWarnings.some((w) => /is listed after an event at/.test(w)));

    // A blameful sentence is flagged once typing pauses, and the flag goes with the rewrite.
    await click(page, await phaseButton(page, 5));
    await typeInto(page, 'Document/##Executive summary', 'Bob forgot to raise the pool limit.');
    await waitForState(page, (st) => hasItem(st, 'Document/Lint##/executive_summary'));
    await screenshot(page, 'first-hour-lint-marker');
    await typeInto(page, 'Document/##Executive summary',
      'The pool limit was not raised with the new retry path. ');
    await waitForState(page, (st) => !hasItem(st, 'Document/Lint##/executive_summary') &&
      st.open.lintRevision === st.open.revision);

    // An accented word (composed text, as dead keys and input methods deliver it) and a paste
    // from the system clipboard.
    await page.keyboard.insertText('Café checkout ');
    await page.evaluate(() => navigator.clipboard.writeText('Pasted from the clipboard.'));
    await page.keyboard.press('Control+V');
    await page.waitForFunction((expected) =>
      JSON.parse(window.hindsight.document()).executive_summary === expected,
    'The pool limit was not raised with the new retry path. Café checkout Pasted from the clipboard.');
    await screenshot(page, 'first-hour-document');

    // Download: the browser's download event, byte for byte `hindsight export` of the same model.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      click(page, 'Document/Download Markdown'),
    ]);
    assert.equal(download.suggestedFilename(), '2024-01-15-checkout-errors-from-connection-pool-exhaustion.md');
    const downloaded = readFileSync(await download.path(), 'utf8');
    const dir = mkdtempSync(join(tmpdir(), 'hindsight-e2e-'));
    writeFileSync(join(dir, 'pm.json'), await page.evaluate(() => window.hindsight.document()));
    const exported = execFileSync(cli, ['export', join(dir, 'pm.json')], { encoding: 'utf8' });
    assert.equal(downloaded, exported);

    // Ctrl+S downloads too, and the browser's own "save page" does not open.
    const [again] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+S')]);
    assert.equal(readFileSync(await again.path(), 'utf8'), exported);

    // Copy Markdown, read back from the system clipboard.
    await click(page, 'Document/Copy Markdown');
    await page.waitForFunction((expected) => navigator.clipboard.readText().then((text) => text === expected),
      exported);

    assert.deepEqual(app.errors, []);
    assert.deepEqual(app.foreignRequests, []);
  });
});

// Every screen of the editor in both themes, at 1x and 2x, to be looked at.
for (const theme of ['dark', 'light']) {
  for (const deviceScaleFactor of [1, 2]) {
    test(`screens with the sample, ${theme} theme, ${deviceScaleFactor}x`, async () => {
      await withApp(browser, { deviceScaleFactor, context: clipboardPermissions }, async (app) => {
        const { page } = app;
        const suffix = `${theme}-${deviceScaleFactor}x`;
        await waitForApp(page);
        if (theme === 'light') {
          await click(page, 'View');
          await click(page, 'Light theme');
          await waitForState(page, (st) => st.theme === 'light');
        }
        await screenshot(page, `library-welcome-${suffix}`);
        await click(page, 'Library/Open the sample');
        await waitForState(page, (st) => st.open !== null);
        await screenshot(page, `sample-prepare-${suffix}`);
        await click(page, 'Prepare/Paste from logs or chat...');
        await focusField(page, 'Paste from logs or chat/##Pasted lines');
        await page.evaluate((text) => navigator.clipboard.writeText(text), pasted);
        await page.keyboard.press('Control+V');
        await waitForState(page, (st) => hasItem(st, 'Paste from logs or chat/Add 12 events##add'));
        await screenshot(page, `paste-preview-${suffix}`);
        await page.keyboard.press('Escape');
        await click(page, await phaseButton(page, 5));
        await waitForState(page, (st) => hasItem(st, 'Document/Download Markdown'));
        await screenshot(page, `sample-document-${suffix}`);
        await click(page, 'Editor/< Library');
        await waitForState(page, (st) => st.open === null && st.postmortems.length === 1);
        await screenshot(page, `library-${suffix}`);
        assert.deepEqual(app.errors, []);
      });
    });
  }
}
