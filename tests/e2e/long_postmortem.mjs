// A long post-mortem, the longest a team keeps, for the browser tests and the page benchmarks:
// generated as the Markdown a team's repository holds, and brought into the app the way a user
// does (a file dropped on the canvas, imported through the review, opened from the library).
import { click, openFromLibrary, state, waitForState } from './harness.mjs';

const KINDS = ['Detected', 'Acknowledged', 'Note', 'Communication', 'Mitigated', 'Note',
  'Fix Applied', 'Resolved'];

const pad = (n) => String(n).padStart(2, '0');
function tableTime(date) {
  const seconds = date.getUTCSeconds();
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}${seconds ? `:${pad(seconds)}` : ''}`;
}

// A long post-mortem as Markdown, the way a team's repository holds one: `events` timeline rows
// over three days (every kind; one in 97 without a time) and `actions` action items. Its id is
// `pm-` and 16 hex digits made from `serial`, so several can be imported side by side.
export function largePostmortemMarkdown({ events, actions, serial = 1,
  title = 'Regional storage outage' }) {
  const id = `pm-${(0xb000000000000000n + BigInt(serial)).toString(16)}`;
  const start = Date.UTC(2024, 2, 4, 9, 0, 0);
  const lines = ['---', `id: "${id}"`, 'schema: 2', '---', '', `# ${title}`, '',
    '**Date:** 2024-03-04', '', '**Severity:** SEV-2', '', '## Timeline', '',
    '| Time (UTC) | Event | Description | Source |', '|---|---|---|---|'];
  for (let i = 0; i < events; ++i) {
    const at = i % 97 === 13 ? '' : tableTime(new Date(start + 25000 * i));
    const text = `Replica ${i % 40} reported lag of ${i % 900} ms while the rebalancer moved ` +
      `shard ${i}`;
    lines.push(`| ${at} | ${KINDS[i % KINDS.length]} | ${text} | ` +
      `${i % 3 ? 'storage-monitor' : '\\#inc-storage'} |`);
  }
  lines.push('', '## Action Items', '',
    '| ID | Priority | Action | Category | Type | Owner | Due Date | Effort | Status | Ticket |',
    '|---|---|---|---|---|---|---|---|---|---|');
  for (let i = 0; i < actions; ++i) {
    lines.push(`| A${i + 1} | 🟡 Medium | Alert when replica lag on shard group ${i} exceeds ` +
      '500 ms for 5 minutes | Detection & Monitoring | Mitigate | storage-team | 2024-04-01 | ' +
      '2 hours | Open | |');
  }
  return { id, title, markdown: `${lines.join('\n')}\n` };
}

// Drops `markdown` on the canvas as a file (the browser's drag and drop), imports it through the
// review and opens it. Resolves to the app's state with the post-mortem open.
export async function importAndOpen(page, { title, markdown }, fileName = 'postmortem.md') {
  const before = (await state(page)).postmortems.length;
  await page.evaluate(({ text, name }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], name, { type: 'text/markdown' }));
    const canvas = document.getElementById('canvas');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      canvas.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }
  }, { text: markdown, name: fileName });
  await waitForState(page, (s) => s.importPlan?.candidates.length === 1, 60000);
  await click(page, 'Import files/Import 1##import');
  await waitForState(page, (s) => s.importPlan === null && s.postmortems.length === before + 1,
    60000);
  return openFromLibrary(page, title, 20000);
}
