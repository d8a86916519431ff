// The app's own frame timer in a real browser (window.hindsight.state().frameTimes): it times
// every drawn frame and nothing else, keeps the last 120 frames' milliseconds oldest first (each
// whole, and the part spent handing it to OpenGL), and counts every drawn frame, so the page
// benchmark can read frame times from the app itself.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, settle, state, waitForApp, waitForState, withApp } from './harness.mjs';

const kKept = 120;

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

// Moves the mouse over the canvas until `frames` more frames are drawn; returns the last state.
async function drawFrames(page, frames) {
  const first = (await state(page)).frameTimes.count;
  let s;
  for (let i = 0; ; ++i) {
    s = await state(page);
    if (s.frameTimes.count >= first + frames) return s;
    await page.mouse.move(200 + (i % 2) * 300, 200 + (i % 7) * 40);
    await waitForState(page, (st) => st.frameTimes.count > s.frameTimes.count);
  }
}

test('frameTimes counts exactly the drawn frames and keeps each one\'s CPU time', async () => {
  await withApp(browser, {}, async ({ page }) => {
    await waitForApp(page);
    const s = await state(page);
    assert.deepEqual(Object.keys(s.frameTimes).sort(), ['count', 'recentGlMs', 'recentMs']);
    assert.ok(Number.isInteger(s.frameTimes.count) && s.frameTimes.count > 0);
    assert.equal(s.frameTimes.count, s.framesDrawn);
    assert.equal(s.frameTimes.recentMs.length, Math.min(s.frameTimes.count, kKept));
    assert.equal(s.frameTimes.recentGlMs.length, s.frameTimes.recentMs.length);
    s.frameTimes.recentMs.forEach((ms, i) => {
      const gl = s.frameTimes.recentGlMs[i];
      assert.ok(Number.isFinite(ms) && ms > 0 && gl >= 0 && gl <= ms, `${ms} ${gl}`);
    });

    const later = await drawFrames(page, 5);
    assert.equal(later.frameTimes.count, later.framesDrawn);
    assert.ok(later.frameTimes.count >= s.frameTimes.count + 5);
    assert.equal(later.frameTimes.recentMs.length, Math.min(later.frameTimes.count, kKept));
  });
});

test('an idle page adds no frame times', async () => {
  await withApp(browser, {}, async ({ page }) => {
    await waitForApp(page);
    const settled = await settle(page);
    const idle = await state(page);
    assert.equal(idle.frameTimes.count, settled);
    await page.waitForTimeout(1500);  // the measure is a time window with nothing happening
    assert.deepEqual((await state(page)).frameTimes, idle.frameTimes);
    await page.mouse.move(300, 300);
    const drawn = await waitForState(page, (st) => st.frameTimes.count > idle.frameTimes.count);
    assert.equal(drawn.frameTimes.count, drawn.framesDrawn);
  });
});

test('past 120 frames the oldest times give way and the rest keep their order', async () => {
  await withApp(browser, {}, async ({ page }) => {
    await waitForApp(page);
    const filled = await drawFrames(page, kKept);
    assert.equal(filled.frameTimes.recentMs.length, kKept);
    const before = await state(page);
    const after = await drawFrames(page, kKept - 40);
    assert.equal(after.frameTimes.recentMs.length, kKept);
    const shift = after.frameTimes.count - before.frameTimes.count;
    assert.ok(shift >= kKept - 40 && shift < kKept, String(shift));
    // The frames both reads hold are the same times, `shift` places nearer the front.
    for (const key of ['recentMs', 'recentGlMs']) {
      assert.deepEqual(after.frameTimes[key].slice(0, kKept - shift),
        before.frameTimes[key].slice(shift));
    }
  });
});
