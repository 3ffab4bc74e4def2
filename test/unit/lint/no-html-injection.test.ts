import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const MESSAGE = 'No markup or code from strings in the extension';
let dir: string;

/** A copy of the project's lint set-up in a scratch folder, with a `src/` to put probes in. */
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cll-lint-'));
  const config = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8'));
  config.vcs = { enabled: false };
  writeFileSync(join(dir, 'biome.json'), JSON.stringify(config));
  cpSync(join(root, 'lint'), join(dir, 'lint'), { recursive: true });
  mkdirSync(join(dir, 'src'));
  mkdirSync(join(dir, 'test'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function lint(file: string, code: string): string {
  writeFileSync(join(dir, file), `${code}\n`);
  const run = spawnSync(join(root, 'node_modules/.bin/biome'), ['lint', file], {
    cwd: dir,
    encoding: 'utf8',
  });
  return `${run.stdout}${run.stderr}`;
}

describe('the lint rule against markup and code from strings', () => {
  it.each([
    ['innerHTML', 'document.body.innerHTML = location.hash;'],
    ['outerHTML', 'document.body.outerHTML = location.hash;'],
    ['insertAdjacentHTML', "document.body.insertAdjacentHTML('beforeend', location.hash);"],
    ['document.write', 'document.write(location.hash);'],
    ['ownerDocument.write', 'document.body.ownerDocument.write(location.hash);'],
    ['eval', 'eval(location.hash);'],
    ['new Function', 'new Function(location.hash);'],
    ['setTimeout with a string', "setTimeout('go()', 10);"],
  ])('flags %s in the extension', (_, code) => {
    expect(lint(`src/${_.replace(/\W/g, '-')}.ts`, code)).toContain(MESSAGE);
  });

  it('lets DOM building, textContent and stream writes through', () => {
    const out = lint(
      'src/clean.ts',
      [
        "const item = document.createElement('li');",
        'item.textContent = location.hash;',
        'document.body.append(item);',
        "process.stdout.write('ok');",
        'setTimeout(() => item.remove(), 10);',
      ].join('\n'),
    );
    expect(out).not.toContain(MESSAGE);
  });

  it('leaves tests alone, which build fixture pages from markup', () => {
    expect(lint('test/page.ts', 'document.body.innerHTML = "<p>fixture</p>";')).not.toContain(
      MESSAGE,
    );
  });
});
