// The Root cause and Actions phases in a real browser: a new post-mortem, built through
// analysis_steps.mjs with real mouse and keyboard, checked through the bridge against what the
// steps typed; then the same screens in the light theme.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { click, launchBrowser, waitForApp, waitForState, withApp } from './harness.mjs';
import {
  actionTexts, buildAnalysis, firstChain, rewritten, screenshotAnalysis, secondChain,
} from './analysis_steps.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('root cause ladders, root causes, actions typed, a vague one rewritten and two merged', async () => {
  await withApp(browser, {}, async (app) => {
    const { page } = app;
    await waitForApp(page);
    await click(page, 'Library/New post-mortem');
    await waitForState(page, (st) => st.open !== null);

    const pm = await buildAnalysis(page, { screenshotSuffix: '-dark' });

    assert.deepEqual(pm.analysis.five_whys.map((c) => c.whys), [firstChain, secondChain]);
    assert.deepEqual(pm.analysis.root_causes.map((c) => [c.text, c.confidence]), [
      [firstChain[4], 'confirmed'],
      [firstChain[3], 'confirmed'],
      [secondChain[4], 'likely'],
    ]);
    assert.deepEqual(pm.actions.map((a) => a.id), ['A1', 'A2', 'A3', 'A4', 'A5']);
    assert.equal(pm.actions[0].action, `${actionTexts[0]}; ${actionTexts[5]}`);
    assert.equal(pm.actions[1].action, rewritten);
    assert.deepEqual(pm.actions.slice(2).map((a) => a.action), actionTexts.slice(2, 5));
    const s = await waitForState(page, (st) => st.open.lintRevision === st.open.revision);
    assert.ok(!s.open.findings.some((f) => f.path === '/actions/1/action'));

    await click(page, 'View');
    await click(page, 'Light theme');
    await waitForState(page, (st) => st.theme === 'light');
    await screenshotAnalysis(page, '-light');
    assert.deepEqual(app.errors, []);
    assert.deepEqual(app.foreignRequests, []);
  });
});
