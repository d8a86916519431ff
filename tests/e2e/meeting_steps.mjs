// Phase 2, Meeting, as a facilitator runs it in a real browser with real mouse and keyboard
// events: the agenda timer started and advanced two items, an overrun made visible by a
// zero-minute time box, the ground rules card, the timeline walked with the arrow keys and a
// confusing moment marked, notes on all five key questions, an entry in each list and the parking
// lot, an attendee, and the presenter view toggled on and off. Screenshots along the way.
// Precondition: a post-mortem with at least three timeline events and the seed's agenda and five
// key questions is open, in any phase. Returns what it entered, for the caller to check.
import assert from 'node:assert/strict';
import { click, focusField, hasItem, screenshot, settle, state, waitForState } from './harness.mjs';

const document = async (page) => JSON.parse(await page.evaluate(() => window.hindsight.document()));

// The clock drawn in `window` ("Agenda" or "Presenter"): its item is labelled "<reading>###clock".
export function clockIn(st, window) {
  const item = st.items.find((i) => i.window === window && i.label.endsWith('###clock'));
  return item ? item.label.slice(0, -'###clock'.length) : null;
}

async function phaseButton(page, number) {
  const s = await waitForState(page, (st) => st.items.some((i) => i.label.endsWith(`##phase${number}`)));
  const item = s.items.find((i) => i.label.endsWith(`##phase${number}`));
  return `${item.window}/${item.label}`;
}

// Types into a quick-add field and presses Enter; the field keeps the keyboard for the next entry.
async function quickAdd(page, path, entries) {
  await focusField(page, path);
  const field = (await state(page)).activeId;
  for (const entry of entries) {
    await page.keyboard.type(entry);
    await page.keyboard.press('Enter');
    await waitForState(page, (st) => st.activeId === field && st.wantTextInput);
  }
}

const lists = {
  'went well': ['went_well', ['The error rate alert paged within two minutes', 'Rollback was rehearsed']],
  'could improve': ['could_improve', ['No alert on connection pool saturation']],
  'got lucky': ['got_lucky', ['The incident began outside peak hours']],
  'confusion': ['confusion', ['Two dashboards disagreed on the error rate']],
  'parking lot': ['parking_lot', ['Revisit the retry budget across services']],
};

export async function runMeeting(page) {
  await click(page, await phaseButton(page, 2));
  await waitForState(page, (st) => hasItem(st, 'Agenda/Start'));
  const before = await document(page);
  assert.ok(before.timeline.length >= 3, 'the walk-through needs three events');
  assert.ok(before.meeting.agenda.length >= 3 && before.meeting.key_questions.length >= 5);
  await screenshot(page, 'meeting-before-start');

  // The timer: started on the first item, then two items on; each clock counts its own box.
  await click(page, 'Agenda/Start');
  const firstBox = before.meeting.agenda[0].minutes;
  await waitForState(page, (st) => /^\d+:\d\d left$/.test(clockIn(st, 'Agenda') ?? '') &&
    Number(clockIn(st, 'Agenda').split(':')[0]) === firstBox - 1);
  await click(page, 'Agenda/Next item');
  await click(page, 'Agenda/Next item');
  const thirdBox = before.meeting.agenda[2].minutes;
  await waitForState(page, (st) => {
    const reading = clockIn(st, 'Agenda') ?? '';
    return /left$/.test(reading) && [thirdBox, thirdBox - 1].includes(Number(reading.split(':')[0]));
  });
  // The running clock redraws on its own with no input, about once a second and no more.
  const settled = await settle(page);
  await page.waitForTimeout(3000);
  const ticked = (await state(page)).framesDrawn - settled;
  assert.ok(ticked >= 2 && ticked <= 8, `${ticked} frames in 3 s of a running clock`);

  // An overrun: the current item's box set to zero minutes, so the time used is over it.
  await focusField(page, 'Agenda/##minutes 2');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('0');
  await page.keyboard.press('Enter');
  await waitForState(page, (st) => / over$/.test(clockIn(st, 'Agenda') ?? ''), 5000);
  await screenshot(page, 'meeting-overrun');

  // The ground rules, read aloud from a card over the screen.
  await click(page, 'Agenda/Restate ground rules');
  await waitForState(page, (st) => hasItem(st, 'Ground rules/Done'));
  await screenshot(page, 'meeting-ground-rules');
  await click(page, 'Ground rules/Done');
  await waitForState(page, (st) => !hasItem(st, 'Ground rules/Done'));

  // The walk-through: one step by button, one by the arrow key, then a confusing moment marked.
  await click(page, 'Meeting/Walk-through');
  await click(page, 'Walk/Next');
  await page.keyboard.press('ArrowRight');
  await focusField(page, 'Walk/##confusion note');
  await page.keyboard.type('nobody knew which dashboard was right');
  await click(page, 'Walk/Mark confusion here');
  const event = before.timeline[2];
  await page.waitForFunction((count) =>
    JSON.parse(window.hindsight.document()).meeting.confusion.length === count,
  before.meeting.confusion.length + 1);
  const marked = (await document(page)).meeting.confusion.at(-1);
  assert.ok(marked.includes(`"${event.text.trim()}"`), marked);
  assert.ok(marked.endsWith(': nobody knew which dashboard was right'), marked);
  await screenshot(page, 'meeting-walk-through');

  // Notes on all five key questions, one question at a time.
  await click(page, 'Meeting/Key questions');
  for (let i = 0; i < 5; ++i) {
    const s = await waitForState(page, (st) => st.items.some((it) => it.label.endsWith(`##ask ${i}`)));
    await click(page, `Questions/${s.items.find((it) => it.label.endsWith(`##ask ${i}`)).label}`);
    await focusField(page, `Questions/##Notes##question ${i}`);
    await page.keyboard.press('Control+End');
    await page.keyboard.type(` Meeting note ${i + 1}.`);
  }
  await page.waitForFunction(() => JSON.parse(window.hindsight.document()).meeting.key_questions
    .slice(0, 5).every((q, i) => q.notes.endsWith(` Meeting note ${i + 1}.`)));
  await screenshot(page, 'meeting-key-questions');

  // Each list and the parking lot by quick add; two in a row keep the field's focus.
  await click(page, 'Meeting/Lists');
  for (const [noun, [, entries]] of Object.entries(lists)) await quickAdd(page, `Lists/##Add ${noun}`, entries);
  await page.keyboard.press('Escape');
  await screenshot(page, 'meeting-lists');

  // Who is in the room.
  await click(page, 'Meeting/Set the tone');
  await quickAdd(page, 'Tone/##Add Attendees', ['Riley Chen']);
  await page.keyboard.press('Escape');

  // The presenter view: on by its button, off by Escape, on and off by P.
  await click(page, 'Agenda/Presenter view (F5)');
  await waitForState(page, (st) => hasItem(st, 'Presenter/Leave presenter view (Esc)') &&
    / over$/.test(clockIn(st, 'Presenter') ?? ''));
  await screenshot(page, 'meeting-presenter');
  await page.keyboard.press('Escape');
  await waitForState(page, (st) => !hasItem(st, 'Presenter/Leave presenter view (Esc)'));
  await page.keyboard.press('p');
  await waitForState(page, (st) => hasItem(st, 'Presenter/Leave presenter view (Esc)'));
  await page.keyboard.press('p');
  await waitForState(page, (st) => !hasItem(st, 'Presenter/Leave presenter view (Esc)'));

  const after = await document(page);
  return { before, after, lists, marked };
}
