// Idle cost: what a page spends while nobody touches it, over a fixed window (10 s; 2 s in the
// smoke run): the frames it draws and the main thread's busy time (Chromium's TaskDuration, from
// the DevTools protocol's Performance.getMetrics, before and after the window).
// Hindsight is measured (a) with the sample post-mortem open in the editor, settled, and (b) in
// its meeting with the agenda timer running; each against the baseline page (Dear ImGui's own
// SDL2 example, which draws every display refresh) idling over the same window in the same run.
// Hindsight's frames are its own count (window.hindsight.state().framesDrawn); the baseline, which
// has no such count, gives the frames in which it drew anything (see load.mjs).
// The window is a deliberate wait: the only fixed wait here. It closes every context it opens.
import { click, hasItem, settle, waitForApp, waitForState } from '../../tests/e2e/harness.mjs';
import { phaseButton } from '../../tests/e2e/analysis_steps.mjs';
import { clockIn } from '../../tests/e2e/meeting_steps.mjs';
import { openCold } from './load.mjs';

// Frames and main-thread milliseconds over `seconds`; frames() reads the page's frame count.
async function idleWindow(page, seconds, frames) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    const busy = async () => (await cdp.send('Performance.getMetrics')).metrics
      .find((m) => m.name === 'TaskDuration').value;
    const frames0 = await frames();
    const busy0 = await busy();
    await page.waitForTimeout(seconds * 1000);
    const busy1 = await busy();
    const frames1 = await frames();
    return { frames: frames1 - frames0, busyMs: (busy1 - busy0) * 1000 };
  } finally {
    await cdp.detach();
  }
}

const hindsightFrames = (page) => () => page.evaluate(() => window.hindsight.state().framesDrawn);
const drawnFrames = (page) => () => page.evaluate(() => window.__bench.framesWithDraws);

async function openSample(browser, dist) {
  const opened = await openCold(browser, dist);
  try {
    await waitForApp(opened.page);
    await click(opened.page, 'Library/Open the sample');
    await waitForState(opened.page, (st) => st.open !== null && st.open.events > 0);
    return opened;
  } catch (error) {
    await opened.close();
    throw error;
  }
}

async function startMeetingTimer(page) {
  await click(page, await phaseButton(page, 2));
  await waitForState(page, (st) => hasItem(st, 'Agenda/Start'));
  await settle(page);
  await click(page, 'Agenda/Start');
  await waitForState(page, (st) => /left$/.test(clockIn(st, 'Agenda') ?? ''));
}

export async function measure({ browser, dist, baselineDist, smoke, log }) {
  const seconds = smoke ? 2 : 10;

  const base = await openCold(browser, baselineDist);
  let baseline;
  try {
    baseline = await idleWindow(base.page, seconds, drawnFrames(base.page));
  } finally {
    await base.close();
  }
  log(`baseline: ${baseline.frames} frames, ${baseline.busyMs.toFixed(0)} ms busy in ${seconds} s`);

  const app = await openSample(browser, dist);
  let editor;
  let meeting;
  try {
    await settle(app.page);
    editor = await idleWindow(app.page, seconds, hindsightFrames(app.page));
    log(`editor: ${editor.frames} frames, ${editor.busyMs.toFixed(0)} ms busy in ${seconds} s`);
    await startMeetingTimer(app.page);
    await settle(app.page);
    meeting = await idleWindow(app.page, seconds, hindsightFrames(app.page));
    log(`meeting timer: ${meeting.frames} frames, ${meeting.busyMs.toFixed(0)} ms busy in ${seconds} s`);
  } finally {
    await app.close();
  }

  const rows = [];
  const ratio = (value, of) => (of ? value / of : null);
  // A window of n seconds holds up to n + 1 ticks of a once-a-second clock (one at each end).
  for (const [label, measured, frameAim, frameLimit] of [
    ['post-mortem open in the editor', editor, '0 frames', 0],
    ['meeting timer running', meeting, '<= 1 frame/s', seconds + 1],
  ]) {
    rows.push({ group: 'idle', name: `${label}: frames in ${seconds} s`, value: measured.frames,
      unit: '', baseline: baseline.frames, ratio: ratio(measured.frames, baseline.frames),
      aim: frameAim, met: measured.frames <= frameLimit });
    rows.push({ group: 'idle', name: `${label}: main-thread busy time per second`,
      value: measured.busyMs / seconds, unit: 'ms', baseline: baseline.busyMs / seconds,
      ratio: ratio(measured.busyMs, baseline.busyMs), aim: null, met: null });
  }
  return rows;
}
