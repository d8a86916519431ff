// The page benchmark's runner: launches one Chromium, calls every measurement module in this
// folder (each bench/page/*.mjs but this file, in name order) with the shared browser, and prints
// one table of their rows, led by any rows handed in with --rows (scripts/bench passes the codec
// benchmark's). Writes the table as Markdown (--markdown) and the rows as JSON (--json), with the
// date and the machine: model and number of CPUs, load average before and after.
// A measurement module exports
//   async measure({ browser, dist, baselineDist, smoke, log }) -> [{ group, name, value, unit,
//     baseline, ratio, aim, met }]
// and closes every context it opens. This runner owns the browser; it never measures anything
// itself, and a missed aim never fails it: it exits non-zero only when a module cannot run.
//
// node bench/page/run.mjs [--smoke] [--dist DIR] [--baseline-dist DIR] [--rows FILE]
//   [--markdown FILE] [--json FILE] [--only NAME...]   (--only frames: just bench/page/frames.mjs)
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../../tests/e2e/harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');

const { values: options } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    dist: { type: 'string', default: join(root, 'build/web-release/dist') },
    'baseline-dist': { type: 'string', default: join(root, 'build/web-baseline/baseline-dist') },
    rows: { type: 'string' },
    markdown: { type: 'string' },
    json: { type: 'string' },
    only: { type: 'string', multiple: true },
  },
});

const log = (text) => process.stderr.write(`${text}\n`);

// Three significant figures at most: the spread between runs is wider than that.
function number(value) {
  if (value === null || value === undefined) return '';
  if (Number.isInteger(value)) return String(value);
  const magnitude = Math.abs(value);
  return value.toFixed(magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2);
}

function cells(row) {
  const unit = row.unit ? ` ${row.unit}` : '';
  return [row.group, row.name, `${number(row.value)}${unit}`,
    row.baseline === null || row.baseline === undefined ? '' : `${number(row.baseline)}${unit}`,
    row.ratio === null || row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}x`,
    row.aim ?? '', row.met === true ? 'yes' : row.met === false ? 'NO' : ''];
}

const HEADER = ['group', 'measure', 'value', 'baseline', 'ratio', 'aim', 'met'];

function textTable(rows) {
  const table = [HEADER, ...rows.map(cells)];
  const widths = HEADER.map((_, i) => Math.max(...table.map((r) => r[i].length)));
  // Figures right-aligned, words left-aligned.
  const numeric = [false, false, true, true, true, false, false];
  return table.map((r) => r.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
    .join('  ').trimEnd()).join('\n');
}

function markdownTable(rows) {
  const escape = (c) => c.replaceAll('|', '\\|');
  return [`| ${HEADER.join(' | ')} |`, '|---|---|---:|---:|---:|---|---|',
    ...rows.map((r) => `| ${cells(r).map(escape).join(' | ')} |`)].join('\n');
}

function machine() {
  const list = cpus();
  return { cpu: list[0]?.model.trim() ?? 'unknown CPU', cores: list.length };
}

const loadText = () => loadavg().map((l) => l.toFixed(2)).join(' ');

async function main() {
  const modules = readdirSync(here).filter((f) => f.endsWith('.mjs') &&
    f !== basename(fileURLToPath(import.meta.url)) &&
    (!options.only || options.only.includes(basename(f, '.mjs')))).sort();
  if (modules.length === 0) throw new Error(`no benchmark module is named ${options.only}`);
  const handed = options.rows ? JSON.parse(readFileSync(options.rows, 'utf8')) : [];
  const loadBefore = loadText();
  const started = new Date();
  const failures = [];
  const rows = [...handed];
  const browser = await launchBrowser();
  const browserVersion = browser.version();
  try {
    for (const file of modules) {
      log(`== ${file}`);
      try {
        const module = await import(pathToFileURL(join(here, file)).href);
        if (typeof module.measure !== 'function') throw new Error('exports no measure()');
        const produced = await module.measure({ browser, dist: options.dist,
          baselineDist: options['baseline-dist'], smoke: options.smoke,
          log: (text) => log(`  ${file}: ${text}`) });
        rows.push(...produced);
      } catch (error) {
        // One module that cannot run must not hide the others' rows.
        failures.push(`${file}: ${error.stack ?? error}`);
      }
    }
  } finally {
    await browser.close();
  }

  const { cpu, cores } = machine();
  const when = started.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  const context = `${when}${options.smoke ? ' (smoke run: one load, short windows)' : ''}; ` +
    `${cpu}, ${cores} cores, load average ${loadBefore} before and ${loadText()} after; ` +
    `Chromium ${browserVersion} (headless, software WebGL), node ${process.version}`;
  console.log(`\n${textTable(rows)}\n\n${context}`);
  if (options.markdown) {
    mkdirSync(dirname(options.markdown), { recursive: true });
    writeFileSync(options.markdown, `# Hindsight benchmarks\n\n${context}\n\n${markdownTable(rows)}\n` +
      (failures.length ? `\nCould not run:\n\n${failures.map((f) => `- ${f.split('\n')[0]}`).join('\n')}\n` : ''));
  }
  if (options.json) {
    mkdirSync(dirname(options.json), { recursive: true });
    writeFileSync(options.json, JSON.stringify({ context, rows, failures }, null, 2));
  }
  for (const failure of failures) log(`could not run ${failure}`);
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = await main();
