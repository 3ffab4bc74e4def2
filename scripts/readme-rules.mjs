/**
 * Writes the README's table of the shipped WeChat rules and its list of shipped app ids from the
 * ruleset JSON files (src/core/data/rulesets/*.json), between the markers
 * <!-- rules:start --> … <!-- rules:end --> and <!-- apps:start --> … <!-- apps:end -->.
 *
 *   node scripts/readme-rules.mjs          rewrite README.md
 *   node scripts/readme-rules.mjs --check  exit 1 (and say so) when README.md differs
 *
 * The unit tests run renderReadme on the README too, so a README that was edited by hand, or a
 * ruleset changed without running this script, fails `npm test`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** @typedef {import('../src/core/policy/rule').Ruleset} Ruleset */
/** @typedef {import('../src/core/policy/rule').Rule} Rule */

const ROOT = new URL('../', import.meta.url);
const RULESETS = new URL('src/core/data/rulesets/', ROOT);
const README = new URL('README.md', ROOT);

/** @type {Record<string, string>} */
const OUTCOME = {
  direct: '✓ opens',
  warn: '! warning',
  copy: '❐ copy only',
  blocked: '✕ blocked',
  unknown: '? unknown',
};
/** @type {Record<string, string>} */
const SCOPE = { private: 'one-to-one', group: 'group' };
/** @type {Record<string, string>} */
const KIND = { url: 'links', code: 'share codes' };

/**
 * The shipped rulesets, parsed, by file name order.
 * @returns {Ruleset[]}
 */
export function loadRulesets() {
  return readdirSync(RULESETS)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(new URL(name, RULESETS), 'utf8')));
}

/**
 * An instant as China time, "2021-11-29 20:00" (the time left out at midnight).
 * @param {string | null} text
 */
function chinaTime(text) {
  if (text === null) return null;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return text;
  const iso = new Date(ms + 8 * 3600 * 1000).toISOString();
  const time = iso.slice(11, 16);
  return time === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}

/** @type {(a: Rule, b: Rule) => number} */
const byStart = (a, b) =>
  (a.from === null ? -Infinity : Date.parse(a.from)) -
    (b.from === null ? -Infinity : Date.parse(b.from)) || a.id.localeCompare(b.id);

/** @param {Rule} rule */
function covers(rule) {
  const parts = [rule.platforms ? rule.platforms.join(', ') : 'every platform'];
  if (rule.categories) parts.push(rule.categories.join(', '));
  if (rule.kinds) parts.push(rule.kinds.map((kind) => KIND[kind] ?? kind).join(', '));
  return parts.join('; ');
}

/**
 * The Markdown table of one ruleset's rules, in order of start.
 * @param {Ruleset} ruleset
 */
export function rulesTable(ruleset) {
  const lines = [
    `${ruleset.rules.length} rules of ${ruleset.name.en} (\`${ruleset.app}\`), in order of start (China time, UTC+08:00; an interval includes its start and excludes its end):`,
    '',
    '| from | until | covers | scopes | outcome | evidence | rule |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const rule of [...ruleset.rules].sort(byStart)) {
    const cells = [
      chinaTime(rule.from) ?? 'start of record',
      chinaTime(rule.until) ?? 'still in force',
      covers(rule),
      rule.scopes.map((scope) => SCOPE[scope] ?? scope).join(', '),
      OUTCOME[rule.outcome] ?? rule.outcome,
      rule.evidence === 'disputed' || rule.evidence === 'inferred'
        ? `**${rule.evidence}**`
        : rule.evidence,
      `\`${rule.id}\``,
    ];
    lines.push(`| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`);
  }
  return lines.join('\n');
}

/**
 * The list of shipped app ids, each with its name and file.
 * @param {Ruleset[]} rulesets
 */
export function appsList(rulesets) {
  return rulesets
    .map(
      (ruleset) =>
        `- \`${ruleset.app}\`: ${ruleset.name.en} (${ruleset.name.zh_CN}), \`src/core/data/rulesets/${ruleset.app}.json\``,
    )
    .join('\n');
}

/**
 * @param {string} text
 * @param {string} name
 * @param {string} content
 */
function replaceBetween(text, name, content) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} section`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

/**
 * The README with its generated sections rewritten from the rulesets.
 * @param {string} text
 * @param {Ruleset[]} [rulesets]
 */
export function renderReadme(text, rulesets = loadRulesets()) {
  const wechat = rulesets.find((ruleset) => ruleset.app === 'wechat') ?? rulesets[0];
  if (!wechat) throw new Error('no shipped ruleset in src/core/data/rulesets/');
  return replaceBetween(
    replaceBetween(text, 'rules', rulesTable(wechat)),
    'apps',
    appsList(rulesets),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = readFileSync(README, 'utf8');
  const next = renderReadme(text);
  if (process.argv.includes('--check')) {
    if (next !== text) {
      console.error('README.md is out of date: run `npm run readme`');
      process.exit(1);
    }
  } else if (next !== text) {
    writeFileSync(README, next);
    console.log('README.md: rule table and shipped apps rewritten');
  }
}
