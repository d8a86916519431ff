// Page benchmark: CPU time per drawn frame in the browser, from the app's own frame timer
// (window.hindsight.state().frameTimes), with the longest post-mortem a team keeps (10,000
// timeline events, 1,000 actions) open in Prepare: while the timeline scrolls and while someone
// types in the title field. Median and 95th percentile over every frame drawn in each window, of
// the app's own work (input, UI, effects) and of the whole frame, which adds the hand-off to
// OpenGL: there Dear ImGui's backend reads GL state back, and each read waits for the browser's
// GPU process to finish the commands before it (with software WebGL, drawing the last frame).
// Contract: measures only through the app's real paths (the post-mortem arrives as a dropped
// Markdown file and is imported through the review, input is real mouse and keyboard events);
// waits on the app's state, never on fixed sleeps; closes every context it opens.
import { focusField, state, waitForApp, waitForState } from '../../tests/e2e/harness.mjs';
import { importAndOpen, largePostmortemMarkdown } from '../../tests/e2e/long_postmortem.mjs';
import { serveDist } from '../../tests/e2e/static_server.mjs';

const kAimP95Ms = 8;

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

// Collects the frame timer's entries by frame number: the timer keeps the last hundred or so,
// so every step of a window reads them before they roll over. Each frame: its whole time and the
// part spent handing it to OpenGL (where the browser may wait for its GPU process).
class FrameLog {
  constructor() { this.frames = new Map(); }
  take(s) {
    const { count, recentMs, recentGlMs } = s.frameTimes;
    recentMs.forEach((ms, i) => this.frames.set(count - recentMs.length + i,
      { total: ms, gl: recentGlMs[i] }));
    return count;
  }
  since(first) { return [...this.frames].filter(([n]) => n >= first).map(([, t]) => t); }
}

// Runs `steps` inputs, each sent once the app has drawn a frame since the previous one and
// `applied(state, step)` holds, and returns the times of every frame drawn from the first input
// to the last.
async function timeFrames(page, steps, send, applied, progress) {
  const log = new FrameLog();
  let previous = await state(page);
  const first = log.take(previous);
  for (let i = 0; i < steps; ++i) {
    const count = previous.frameTimes.count;
    await send(i);
    previous = await waitForState(page, (s) => s.frameTimes.count > count && applied(s, i), 20000);
    log.take(previous);
    if ((i + 1) % 40 === 0) progress(`${i + 1} of ${steps} steps`);
  }
  return log.since(first);
}

const fixed = (ms) => ms.toFixed(2);

function rows(what, frames, log) {
  const app = frames.map((t) => t.total - t.gl);
  const whole = frames.map((t) => t.total);
  const median = percentile(app, 50);
  const p95 = percentile(app, 95);
  const wholeP95 = percentile(whole, 95);
  log(`frames: ${what}: ${frames.length} frames; app CPU median ${fixed(median)} ms, p95 ` +
    `${fixed(p95)} ms, max ${fixed(Math.max(...app))} ms; whole frame median ` +
    `${fixed(percentile(whole, 50))} ms, p95 ${fixed(wholeP95)} ms (GL hand-off p95 ` +
    `${fixed(percentile(frames.map((t) => t.gl), 95))} ms)`);
  const group = 'Frame time (app timer)';
  const aim = `p95 < ${kAimP95Ms} ms`;
  return [
    { group, name: `${what}: app CPU per frame, median`, value: median, unit: 'ms',
      baseline: null, ratio: null, aim: null, met: null },
    { group, name: `${what}: app CPU per frame, p95`, value: p95, unit: 'ms', baseline: null,
      ratio: null, aim, met: p95 < kAimP95Ms },
    { group, name: `${what}: whole frame with the GL hand-off, p95`, value: wholeP95,
      unit: 'ms', baseline: null, ratio: null, aim, met: wholeP95 < kAimP95Ms },
  ];
}

export async function measure({ browser, dist, smoke, log }) {
  const events = smoke ? 1000 : 10000;
  const actions = smoke ? 100 : 1000;
  const steps = smoke ? 10 : 120;
  const server = await serveDist(dist);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForApp(page);
    const doc = largePostmortemMarkdown({ events, actions });
    log(`frames: importing a post-mortem of ${events} events and ${actions} actions ` +
      `(${(doc.markdown.length / 1e6).toFixed(1)} MB of Markdown)`);
    const opened = await importAndOpen(page, doc, '2024-03-04-regional-storage-outage.md');
    if (opened.open.events !== events) {
      throw new Error(`the import holds ${opened.open.events} events, not ${events}`);
    }
    const label = `${events.toLocaleString('en')} events, ${actions.toLocaleString('en')} actions`;

    // Scrolling: the wheel over the timeline, as the native benchmark scrolls it, turning back
    // every 40 steps so the list never runs out.
    const box = await page.locator('#canvas').boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 60);
    const scrolling = await timeFrames(page, steps,
      (i) => page.mouse.wheel(0, Math.floor(i / 40) % 2 ? -120 : 120), () => true,
      (text) => log(`frames: scrolling: ${text}`));

    // Typing: one character at a time into the title, each sent once the app has taken the last.
    await focusField(page, 'Incident/##Title');
    await page.keyboard.press('End');
    const base = (await state(page)).open.title.length;
    const typing = await timeFrames(page, steps, () => page.keyboard.type('x'),
      (s, i) => s.open.title.length === base + i + 1, (text) => log(`frames: typing: ${text}`));

    return [...rows(`Scrolling the timeline (${label})`, scrolling, log),
      ...rows(`Typing in a field (${label})`, typing, log)];
  } finally {
    await context.close();
    await server.close();
  }
}
