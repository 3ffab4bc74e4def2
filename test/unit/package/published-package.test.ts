/**
 * The package as npm publishes it: `npm pack` of the project's package.json (with the CLI and the
 * library built into a temporary copy), installed offline into a fresh project, used from Node
 * and type-checked with tsc as a TypeScript user would.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, buildLibrary } from '../../../scripts/build.mjs';
import { CHECK_CORPUS_INPUTS as inputs } from '../cli/check-corpus';

const run = promisify(execFile);
const root = new URL('../../..', import.meta.url).pathname;
const DATE = '2021-11-29';

let work: string;
let app: string;
let packed: { files: { path: string }[] };

/** npm, quiet and offline: the test needs no registry. */
const npm = (cwd: string, args: string[]) =>
  run('npm', [...args, '--offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    maxBuffer: 64 * 1024 * 1024,
  });

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cll-package-'));
  const pkg = join(work, 'pkg');
  const tarballs = join(work, 'tarballs');
  app = join(work, 'app');
  for (const dir of [pkg, tarballs, app]) mkdirSync(dir);
  // The project's own package.json, README, LICENSE and schemas, and a fresh build of what
  // `npm run build` (the package's prepack) puts in dist/ for the package.
  for (const file of ['package.json', 'README.md', 'LICENSE', 'schemas']) {
    cpSync(join(root, file), join(pkg, file), { recursive: true });
  }
  // Files npm would not pack: a check that the `files` list keeps them out.
  cpSync(join(root, 'src/library'), join(pkg, 'src/library'), { recursive: true });
  await Promise.all([buildCli(join(pkg, 'dist')), buildLibrary(join(pkg, 'dist'))]);
  const { stdout } = await npm(pkg, [
    'pack',
    '--ignore-scripts',
    '--json',
    '--pack-destination',
    tarballs,
  ]);
  packed = JSON.parse(stdout)[0];
  // The runtime dependency, packed from the project's node_modules (no registry needed).
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const dependencies = Object.keys(manifest.dependencies);
  expect(dependencies).toEqual(['tldts']);
  for (const dep of ['tldts', 'tldts-core']) {
    await npm(join(root, 'node_modules', dep), [
      'pack',
      '--ignore-scripts',
      '--pack-destination',
      tarballs,
    ]);
  }
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'uses-chat-link-lens', private: true, type: 'module' }),
  );
  const version = manifest.version as string;
  await npm(app, [
    'install',
    '--ignore-scripts',
    join(tarballs, `chat-link-lens-${version}.tgz`),
    ...['tldts', 'tldts-core'].map((dep) => {
      const v = JSON.parse(readFileSync(join(root, 'node_modules', dep, 'package.json'), 'utf8'));
      return join(tarballs, `${dep}-${v.version}.tgz`);
    }),
  ]);
}, 240_000);

describe('the published package', () => {
  it('holds the CLI, the library, its types, the schemas, the README and the LICENSE, and no sources', () => {
    const files = packed.files.map((f) => f.path).sort();
    for (const file of [
      'package.json',
      'README.md',
      'LICENSE',
      'dist/cli.js',
      'dist/lib/index.js',
      'dist/lib/types/library/index.d.ts',
      'schemas/check-record.schema.json',
    ]) {
      expect(files).toContain(file);
    }
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/'))).toEqual([]);
    const manifest = JSON.parse(
      readFileSync(join(app, 'node_modules/chat-link-lens/package.json'), 'utf8'),
    );
    expect(manifest.private).toBeUndefined();
    expect(manifest.license).toBe('MIT');
    expect(readFileSync(join(app, 'node_modules/chat-link-lens/LICENSE'), 'utf8')).toMatch(
      /^MIT License/,
    );
  });

  it('answers from Node exactly as its CLI does', async () => {
    const script = `
      import { check, classify, evaluate, getShippedRuleset, validateRuleset } from 'chat-link-lens';
      import { readFileSync } from 'node:fs';
      const inputs = JSON.parse(readFileSync(0, 'utf8'));
      const lines = inputs.map((input) => JSON.stringify(check(input, { at: '${DATE}' })));
      const wechat = getShippedRuleset('wechat');
      const taobao = classify('https://item.taobao.com/item.htm?id=1');
      const verdict = evaluate(taobao, { app: wechat, scope: 'group', at: new Date('2021-11-29T12:00:00Z') });
      process.stdout.write(JSON.stringify({
        lines,
        ruleset: wechat,
        valid: validateRuleset(JSON.parse(JSON.stringify(wechat))).ok,
        invalid: validateRuleset({ format: 1 }).ok,
        verdict: verdict.outcome,
        custom: JSON.stringify(check('https://item.jd.com/1.html', { at: '${DATE}', ruleset: wechat })),
      }));
    `;
    writeFileSync(join(app, 'use.mjs'), script);
    const child = execFile(process.execPath, ['use.mjs'], {
      cwd: app,
      maxBuffer: 64 * 1024 * 1024,
    });
    child.stdin?.end(JSON.stringify(inputs));
    const output = await new Promise<string>((resolve, reject) => {
      let text = '';
      child.stdout?.on('data', (chunk) => {
        text += chunk;
      });
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`exit ${code}`))));
    });
    const library = JSON.parse(output);
    const bin = join(app, 'node_modules/.bin/chat-link-lens');
    const cli = await run(bin, ['check', '--json', '--at', DATE, ...inputs], {
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(library.lines.join('\n')).toBe(cli.stdout.trimEnd());
    expect(library.lines).toHaveLength(inputs.length);
    const rules = await run(bin, ['rules', '--json'], { maxBuffer: 64 * 1024 * 1024 });
    const printed = JSON.parse(rules.stdout);
    expect(library.ruleset).toEqual(printed);
    // The printed ruleset names its schema by an address its reader resolves: the installed file.
    const schemaFile = createRequire(join(app, 'index.js')).resolve(printed.$schema);
    expect(schemaFile).toBe(join(app, 'node_modules/chat-link-lens/schemas/ruleset.schema.json'));
    expect(JSON.parse(readFileSync(schemaFile, 'utf8'))).toEqual(
      JSON.parse(readFileSync(join(root, 'schemas/ruleset.schema.json'), 'utf8')),
    );
    expect(library.valid).toBe(true);
    expect(library.invalid).toBe(false);
    // 2021-11-29 20:00 China time: group chats still copy-only that evening.
    expect(library.verdict).toBe('copy');
    const jd = await run(bin, ['check', '--json', '--at', DATE, 'https://item.jd.com/1.html']);
    expect(library.custom).toBe(jd.stdout.trimEnd());
    const version = await run(bin, ['--version']);
    expect(version.stdout.trim()).toMatch(/^chat-link-lens \d+\.\d+\.\d+/);
  }, 60_000);

  it('type-checks for a TypeScript user, with Node16 and bundler module resolution', async () => {
    writeFileSync(
      join(app, 'typed.ts'),
      `import {
  check,
  classify,
  evaluate,
  getShippedRuleset,
  validateRuleset,
  type CheckRecord,
  type Outcome,
  type Ruleset,
} from 'chat-link-lens';

const record: CheckRecord = check('https://item.jd.com/1.html', { at: '2021-11-29', app: 'wechat' });
const outcome: Outcome | undefined = record.verdicts?.private?.outcome;
const ruleset: Ruleset | undefined = getShippedRuleset('wechat');
const kind: 'url' | 'code' | 'app' | 'none' = classify('https://item.jd.com/1.html').kind;
if (ruleset) evaluate(classify('x'), { app: ruleset, scope: 'group', at: Date.now() });
const result = validateRuleset({});
if (!result.ok) result.problems.map((p) => p.path + p.message);
check('https://item.jd.com/1.html', { at: new Date(), base: 'https://example.com/', ruleset });
// @ts-expect-error: "at" is a number, a Date or a string
check('x', { at: true });
// @ts-expect-error: the input is a string
check(42);
// @ts-expect-error: no such field on a record
record.verdict;
export { outcome, kind };
`,
    );
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    const configs = [
      ['node16', 'node16'],
      ['esnext', 'bundler'],
    ].map(([module, resolution]) => {
      const file = `tsconfig.${resolution}.json`;
      const compilerOptions = {
        target: 'es2022',
        module,
        moduleResolution: resolution,
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
        lib: ['es2023'],
      };
      writeFileSync(join(app, file), JSON.stringify({ compilerOptions, files: ['typed.ts'] }));
      return file;
    });
    const results = await Promise.all(
      configs.map((file) =>
        run(process.execPath, [tsc, '-p', file], { cwd: app }).catch(
          (error: { stdout: string }) => error,
        ),
      ),
    );
    results.forEach((result, i) => {
      expect(result.stdout, configs[i]).toBe('');
    });
  }, 60_000);
});
