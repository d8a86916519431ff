// Phases 2 to 4 as a facilitator runs them, in a real browser with real mouse and keyboard
// events, on a new post-mortem whose timeline is typed first: the meeting (agenda timer started
// and advanced, an overrun, the ground rules card, the timeline walked and a confusing moment
// marked, notes on the five key questions, every list and the parking lot, an attendee, the
// presenter view), then the root cause (two 5 Whys chains of five steps, three root causes, one
// "likely") and the actions (six typed, a vague one flagged and rewritten, two merged, notes on
// them typed in their dialog). The Markdown downloaded equals `hindsight export` of the same
// model, and after a reload everything is there, the agenda timer still running.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import {
  click, focusField, launchBrowser, settle, waitForApp, waitForState, withApp,
} from './harness.mjs';
import { clockIn, runMeeting } from './meeting_steps.mjs';
import {
  actionTexts, actionsNotes, buildAnalysis, documentOf, firstChain, phaseButton, rewritten, screenshotAnalysis,
  secondChain,
} from './analysis_steps.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = process.env.HINDSIGHT_CLI ?? join(root, 'build/native-debug/src/cli/hindsight');

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const title = 'Checkout errors from connection pool exhaustion';
const events = [
  ['14:20', 'Deploy of checkout v2.4.0 started'],
  ['14:24', 'Error rate on checkout starts to climb'],
  ['14:31', 'On-call acknowledges the page'],
  ['14:58', 'Connection pool size raised'],
];

async function typeInto(page, path, text) {
  await focusField(page, path);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

// The clock's reading in seconds: "3:12 over" is 192 s past the box, "1:03:12 over" an hour more.
function secondsOver(reading) {
  const match = /^([\d:]+) over$/.exec(reading ?? '');
  if (!match) return null;
  return match[1].split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

test('a meeting, its root causes and its actions, exported and still there after a reload', { timeout: 600000 }, async () => {
  await withApp(browser, {}, async (app) => {
    const { page } = app;
    await waitForApp(page);

    // Prepare: a new post-mortem, its title and date, and a timeline typed row after row.
    await click(page, 'Library/New post-mortem');
    await waitForState(page, (st) => st.open !== null);
    await typeInto(page, 'Incident/##Title', title);
    await typeInto(page, 'Incident/##Date', '2024-01-15');
    await click(page, 'Prepare/Add event');
    await waitForState(page, (st) => st.open.events === 1);
    for (let i = 0; i < events.length; ++i) {
      await typeInto(page, `events/##time ${i}`, events[i][0]);
      await typeInto(page, `events/##text ${i}`, events[i][1]);
      if (i + 1 < events.length) {
        await page.keyboard.press('Enter');
        await waitForState(page, (st) => st.open.events === i + 2);
      }
    }
    await page.waitForFunction((count) =>
      JSON.parse(window.hindsight.document()).timeline.filter((e) => e.at !== null).length === count,
    events.length);

    // Phase 2: the meeting.
    const { before: start, after: met, lists, marked } = await runMeeting(page);
    assert.equal(met.meeting.current_item, 2, 'two items advanced');
    assert.ok(met.meeting.agenda[2].running_since, 'the third item\'s timer runs');
    assert.equal(met.meeting.agenda[2].minutes, 0, 'its box typed to zero: an overrun');
    assert.ok(met.meeting.agenda[0].used_seconds >= 1 && met.meeting.agenda[0].running_since === null);
    assert.equal(met.meeting.ground_rules_restated.length, 1);
    for (const [key, entries] of Object.values(lists)) {
      const added = met.meeting[key].slice(start.meeting[key].length);
      // The confusion list also holds the moment marked during the walk-through, first.
      assert.deepEqual(added, key === 'confusion' ? [marked, ...entries] : entries, key);
    }
    met.meeting.key_questions.slice(0, 5).forEach((q, i) =>
      assert.equal(q.notes, `${start.meeting.key_questions[i].notes} Meeting note ${i + 1}.`));
    assert.deepEqual(met.incident.attendees, [...start.incident.attendees, 'Riley Chen']);
    assert.deepEqual(met.timeline, start.timeline);

    // Phases 3 and 4: root causes and actions.
    const pm = await buildAnalysis(page, { screenshotSuffix: '-dark' });
    assert.deepEqual(pm.analysis.five_whys.map((c) => c.whys), [firstChain, secondChain]);
    assert.deepEqual(pm.analysis.root_causes.map((c) => [c.id, c.text, c.confidence]), [
      ['R1', firstChain[4], 'confirmed'],
      ['R2', firstChain[3], 'confirmed'],
      ['R3', secondChain[4], 'likely'],
    ]);
    assert.deepEqual(pm.actions.map((a) => a.id), ['A1', 'A2', 'A3', 'A4', 'A5']);
    assert.equal(pm.actions[0].action, `${actionTexts[0]}; ${actionTexts[5]}`);
    assert.deepEqual(pm.actions[0].merged, [`A6: ${actionTexts[5]}`]);
    assert.equal(pm.actions[0].triage, 'must_do');
    assert.equal(pm.actions[1].action, rewritten);
    assert.deepEqual(pm.actions.slice(2).map((a) => a.action), actionTexts.slice(2, 5));
    assert.equal(pm.actions_notes, actionsNotes);
    const linted = await waitForState(page, (st) => st.open.lintRevision === st.open.revision);
    assert.ok(!linted.open.findings.some((f) => f.path === '/actions/1/action'));

    // The Markdown downloaded is byte for byte `hindsight export` of the same model.
    await click(page, await phaseButton(page, 5));
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Document/Download Markdown')]);
    const downloaded = readFileSync(await download.path(), 'utf8');
    const dir = mkdtempSync(join(tmpdir(), 'hindsight-e2e-'));
    const model = await documentOf(page);
    writeFileSync(join(dir, 'pm.json'), JSON.stringify(model));
    assert.equal(downloaded, execFileSync(cli, ['export', join(dir, 'pm.json')], { encoding: 'utf8' }));
    assert.ok(downloaded.includes('| R3 | '), 'the root causes carry their ids');
    const notesAt = downloaded.indexOf(actionsNotes);
    assert.ok(notesAt > downloaded.indexOf('## Action Items') && notesAt < downloaded.indexOf('| A1 |'),
      'the notes are written under Action Items, before the table');

    // The same screens in the light theme.
    await click(page, 'View');
    await click(page, 'Light theme');
    await waitForState(page, (st) => st.theme === 'light');
    await screenshotAnalysis(page, '-light');

    // After a reload: the same post-mortem, and the agenda clock still counting.
    const saved = await documentOf(page);
    await waitForState(page, (st) => st.storage.state === 'saved' && !st.storage.unsaved);
    await page.reload();
    await waitForApp(page);
    await waitForState(page, (st) => st.postmortems.includes(title));
    await settle(page);  // the library's table sizes its columns over the first frames
    await click(page, 'Open');
    await waitForState(page, (st) => st.open?.title === title);
    assert.deepEqual(await documentOf(page), saved);
    await click(page, await phaseButton(page, 2));
    const reopened = await waitForState(page, (st) => secondsOver(clockIn(st, 'Agenda')) !== null);
    const first = secondsOver(clockIn(reopened, 'Agenda'));
    await waitForState(page, (st) => secondsOver(clockIn(st, 'Agenda')) > first, 5000);
    assert.deepEqual(app.errors, []);
    assert.deepEqual(app.foreignRequests, []);
  });
});
