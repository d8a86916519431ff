// Phase 2, Meeting, in a real browser: the meeting and the presenter view at projector and laptop
// sizes, in both themes, to be looked at from across a room, and nothing of the presenter view
// cut off. The meeting run end to end is facilitation.test.mjs.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  click, hasItem, launchBrowser, screenshot, settle, waitForApp, waitForState, withApp,
} from './harness.mjs';
import { clockIn } from './meeting_steps.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

// The meeting and the presenter view at a projector's and a laptop's size, in both themes.
for (const [width, height] of [[1920, 1080], [1280, 720]]) {
  for (const theme of ['dark', 'light']) {
    test(`meeting and presenter view, ${width}x${height}, ${theme} theme`, async () => {
      await withApp(browser, { viewport: { width, height } }, async (app) => {
        const { page } = app;
        const suffix = `${width}x${height}-${theme}`;
        await waitForApp(page);
        if (theme === 'light') {
          await click(page, 'View');
          await click(page, 'Light theme');
          await waitForState(page, (st) => st.theme === 'light');
        }
        await click(page, 'Library/Open the sample');
        await waitForState(page, (st) => st.open !== null);
        const s = await waitForState(page, (st) => st.items.some((i) => i.label.endsWith('##phase2')));
        const phase = s.items.find((i) => i.label.endsWith('##phase2'));
        await click(page, `${phase.window}/${phase.label}`);
        // The meeting's large face is built when the phase opens: aim once it is laid out.
        await waitForState(page, (st) => hasItem(st, 'Agenda/Start'));
        await settle(page);
        await click(page, 'Agenda/Start');
        await waitForState(page, (st) => clockIn(st, 'Agenda') !== null);
        await click(page, 'Agenda/Next item');
        await waitForState(page, (st) => hasItem(st, 'Walk/Next'));
        await click(page, 'Walk/Next');
        await screenshot(page, `meeting-${suffix}`);
        await click(page, 'Agenda/Presenter view (F5)');
        await waitForState(page, (st) => clockIn(st, 'Presenter') !== null);
        await screenshot(page, `presenter-timeline-${suffix}`);
        await page.keyboard.press('Escape');
        await click(page, 'Agenda/Next item');
        await waitForState(page, (st) => hasItem(st, 'Questions/##Notes##question 0'));
        await page.keyboard.press('p');
        await waitForState(page, (st) => clockIn(st, 'Presenter') !== null);
        await screenshot(page, `presenter-question-${suffix}`);
        // Nothing of the view is cut off: every widget lies inside the window.
        const last = await waitForState(page, (st) => clockIn(st, 'Presenter') !== null);
        for (const item of last.items.filter((i) => i.window === 'Presenter')) {
          assert.ok(item.x >= 0 && item.y >= 0 && item.x + item.width <= width + 0.5 &&
            item.y + item.height <= height + 0.5, `${item.label} is cut off`);
        }
        assert.deepEqual(app.errors, []);
      });
    });
  }
}
