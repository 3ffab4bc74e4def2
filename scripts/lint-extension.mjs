// Runs Mozilla's add-ons linter (`web-ext lint`) on dist/firefox. Fails on any error, and on any
// warning that is not listed below with the reason it is kept (the README repeats this list).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/**
 * Warnings the build keeps on purpose, each matched by code, file and message, with the reason.
 * @type {{ code: string, file: string, message: string, why: string }[]}
 */
export const KEPT_WARNINGS = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: 'content.js',
    message: 'Unsafe call to import',
    why: 'content.js (the loader) imports content-main.js, a file of this extension, through browser.runtime.getURL once the page has loaded; no remote code',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: 'content-main.js',
    message: 'Unsafe call to import',
    why: 'content-main.js imports engine.js, a file of this extension, through browser.runtime.getURL, only when a page has something to badge; no remote code',
  },
];

/** @param {LintProblem} warning */
const keptReason = (warning) =>
  KEPT_WARNINGS.find(
    (kept) =>
      kept.code === warning.code &&
      kept.file === warning.file &&
      warning.message.startsWith(kept.message),
  )?.why;

/** @typedef {{ code: string, message: string, file?: string, _type?: string }} LintProblem */

const bin = join(root, 'node_modules/.bin/web-ext');
let output;
try {
  output = execFileSync(
    bin,
    [
      'lint',
      '--source-dir',
      join(root, 'dist/firefox'),
      '--output',
      'json',
      '--no-config-discovery',
    ],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
} catch (error) {
  // web-ext exits non-zero when there are errors; its JSON report is still on stdout.
  output = /** @type {{ stdout: string }} */ (error).stdout;
}
/** @type {{ errors: LintProblem[], warnings: LintProblem[], notices: LintProblem[] }} */
const report = JSON.parse(output);
const unexplained = report.warnings.filter((warning) => keptReason(warning) === undefined);
for (const problem of [...report.errors, ...unexplained]) {
  console.error(
    `${problem._type ?? 'problem'} ${problem.code}: ${problem.message} (${problem.file ?? ''})`,
  );
}
for (const warning of report.warnings) {
  const why = keptReason(warning);
  if (why) console.log(`kept warning ${warning.code} in ${warning.file}: ${why}`);
}
console.log(
  `web-ext lint dist/firefox: ${report.errors.length} errors, ${report.warnings.length} warnings (${unexplained.length} unexplained), ${report.notices.length} notices`,
);
if (report.errors.length > 0 || unexplained.length > 0) process.exit(1);
