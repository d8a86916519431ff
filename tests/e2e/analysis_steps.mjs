// Browser steps for the Root cause and Actions phases, with real mouse and keyboard events: two
// 5 Whys chains of five steps (the second branched from the first), three root causes concluded
// (one "likely"), six actions typed row after row, a vague one flagged and rewritten until the
// flag goes, two actions merged in the prioritisation exercise, and the notes on the action items
// typed in their dialog. Screenshots of the ladder, the action table with its lints, the exercise
// and the notes.
// Contract: starts with a post-mortem open in the editor; leaves it open on the Actions phase.
import { click, findItem, focusField, hasItem, screenshot, settle, state, waitForState } from './harness.mjs';

export async function phaseButton(page, number) {
  const s = await waitForState(page, (st) => st.items.some((i) => i.label.endsWith(`##phase${number}`)));
  const item = s.items.find((i) => i.label.endsWith(`##phase${number}`));
  return `${item.window}/${item.label}`;
}

export async function documentOf(page) {
  return JSON.parse(await page.evaluate(() => window.hindsight.document()));
}

// Waits until the widget named `path` exists and has keyboard focus (focus moved there by the
// app, e.g. to the step or row Enter just added).
async function waitForFocus(page, path) {
  const item = await findItem(page, path);
  await waitForState(page, (st) => st.activeId === item.id && st.wantTextInput);
}

// Enter in the last field, then the new field has focus and `text` goes into it.
async function enterThenType(page, nextPath, text) {
  await page.keyboard.press('Enter');
  await waitForFocus(page, nextPath);
  await page.keyboard.type(text);
}

// Lints and phase progress follow an edit once typing pauses, and the "what is still missing" list
// above the ladder can change height with them: wait for them before aiming at a button.
async function settled(page) {
  await waitForState(page, (st) => st.open.lintRevision === st.open.revision);
}

async function conclude(page, chain, step, confidence) {
  await settled(page);
  await click(page, `Five whys/Conclude##${chain}.${step}`);
  await click(page, `${confidence}##conclude`);
  await waitForState(page, (st) => !hasItem(st, `${confidence}##conclude`));
}

const problem = 'API requests failed with database connection errors';
export const firstChain = [
  'Connection pool was exhausted',
  'Too many long-running queries',
  'New feature introduced N+1 query pattern',
  'Code review did not catch the performance issue',
  'No automated performance testing for database queries',
];
// Branched after its second step: the same first two whys, then another factor.
export const secondChain = [
  ...firstChain.slice(0, 2),
  'Slow queries held their connections until the request timed out',
  'No statement timeout is configured for the API database user',
  'Database settings are not reviewed when a service adds a new query path',
];
export const actionTexts = [
  'Add alert for connection pool utilization > 80%',
  'Improve monitoring',
  'Create database query performance test in CI',
  'Add performance checklist item to the PR template',
  'Set a 5 s statement timeout for the API database user',
  'Add a query-time panel to the API dashboard',
];
export const rewritten = 'Add alert for p95 query time > 500 ms on the API database';
export const actionsNotes = 'Ranked by the whole team at the end of the meeting; every item is tracked on the reliability board, and the on-call lead reviews them each Monday.';

export async function buildAnalysis(page, { screenshotSuffix = '' } = {}) {
  // Phase 3: the first chain typed step by step, Enter adding the next.
  await click(page, await phaseButton(page, 3));
  await click(page, 'Five whys/Add 5 Whys chain');
  await focusField(page, 'Five whys/##problem 0');
  await page.keyboard.type(problem);
  await enterThenType(page, 'Five whys/##why 0.0', firstChain[0]);
  for (let i = 1; i < firstChain.length; ++i) {
    await enterThenType(page, `Five whys/##why 0.${i}`, firstChain[i]);
  }
  // The second chain branches from the second step and continues with its own three.
  await settled(page);
  await click(page, 'Five whys/Branch##0.1');
  await findItem(page, 'Five whys/##why 1.1');
  await focusField(page, 'Five whys/##why 1.1');
  await page.keyboard.press('End');
  for (let i = 2; i < secondChain.length; ++i) {
    await enterThenType(page, `Five whys/##why 1.${i}`, secondChain[i]);
  }
  // The last keys typed reach the post-mortem with the next frame.
  await page.waitForFunction((expected) =>
    JSON.stringify(JSON.parse(window.hindsight.document()).analysis.five_whys.map((c) => c.whys)) === expected,
  JSON.stringify([firstChain, secondChain]));

  // Three root causes: two confirmed, one the team is less sure of.
  await conclude(page, 0, 4, 'Confirmed');
  await conclude(page, 0, 3, 'Confirmed');
  await conclude(page, 1, 4, 'Likely');
  await page.waitForFunction(() => JSON.parse(window.hindsight.document()).analysis.root_causes.length === 3);
  await settled(page);
  await screenshot(page, `analysis-five-whys${screenshotSuffix}`);

  // Phase 4: six actions typed, Enter adding the next row.
  await click(page, await phaseButton(page, 4));
  await click(page, 'Actions/Add action');
  await waitForFocus(page, 'actions/##action A1');
  await page.keyboard.type(actionTexts[0]);
  for (let i = 1; i < actionTexts.length; ++i) {
    await enterThenType(page, `actions/##action A${i + 1}`, actionTexts[i]);
  }
  // The vague one is flagged once typing pauses, with the workflow's BAD to GOOD on hover.
  await waitForState(page, (st) => hasItem(st, 'actions/Lint##/actions/1/action') &&
    st.open.lintRevision === st.open.revision);
  const marker = await findItem(page, 'actions/Lint##/actions/1/action');
  const box = await page.locator('#canvas').boundingBox();
  await page.mouse.move(box.x + marker.x + marker.width / 2, box.y + marker.y + marker.height / 2);
  await screenshot(page, `analysis-action-lints${screenshotSuffix}`);
  await focusField(page, 'actions/##action A2');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(rewritten);
  await waitForState(page, (st) => !hasItem(st, 'actions/Lint##/actions/1/action') &&
    st.open.lintRevision === st.open.revision);

  // The prioritisation exercise: the two monitoring actions grouped into one.
  await click(page, 'Actions/Prioritise...');
  // Why settle: the dialog is placed and sized over its first frames, and on a loaded machine a
  // pick aimed before that landed beside its box (the merge then had only one pick).
  await settle(page);
  await click(page, 'exercise/##pick A1');
  await click(page, 'exercise/##pick A6');
  await click(page, 'exercise/Must do##A1');
  await screenshot(page, `analysis-prioritise${screenshotSuffix}`);
  await click(page, 'Prioritise actions/Merge picked##merge');
  await page.waitForFunction(() => JSON.parse(window.hindsight.document()).actions.length === 5);
  await click(page, 'Prioritise actions/Close##prioritise');
  await waitForState(page, (st) => !hasItem(st, 'Prioritise actions/Close##prioritise'));

  // The notes on the action items, typed in their dialog; the table keeps the screen.
  await click(page, 'Actions/Notes...');
  await settle(page);  // placed and sized over its first frames, as the exercise is
  await focusField(page, 'Notes on the action items/##Notes');
  await page.keyboard.type(actionsNotes);
  await page.waitForFunction((expected) =>
    JSON.parse(window.hindsight.document()).actions_notes === expected, actionsNotes);
  await screenshot(page, `analysis-action-notes${screenshotSuffix}`);
  await click(page, 'Notes on the action items/Close##notes');
  await waitForState(page, (st) => !hasItem(st, 'Notes on the action items/Close##notes'));
  return documentOf(page);
}

// The four screens again, as they are now (another theme, another scale): the ladder, the
// action table with a lint marker, the exercise and the notes.
export async function screenshotAnalysis(page, suffix) {
  await click(page, await phaseButton(page, 3));
  await findItem(page, 'Five whys/##why 0.0');
  await screenshot(page, `analysis-five-whys${suffix}`);
  await click(page, await phaseButton(page, 4));
  await findItem(page, 'actions/##action A1');
  await screenshot(page, `analysis-action-lints${suffix}`);
  await click(page, 'Actions/Prioritise...');
  await findItem(page, 'Prioritise actions/Close##prioritise');
  await screenshot(page, `analysis-prioritise${suffix}`);
  await click(page, 'Prioritise actions/Close##prioritise');
  await click(page, 'Actions/Notes...');
  await findItem(page, 'Notes on the action items/Close##notes');
  await screenshot(page, `analysis-action-notes${suffix}`);
  await click(page, 'Notes on the action items/Close##notes');
  return state(page);
}
