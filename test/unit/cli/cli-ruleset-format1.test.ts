/**
 * `--ruleset FILE` with a ruleset of format 1: upgraded to format 2 in memory when that upgrade is
 * valid (a notice on stderr, the file unchanged, the answers those of the upgraded ruleset), and
 * otherwise refused on one line naming each source that needs a quote and the rules citing it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRuleset } from '../../../src/core/policy/ruleset-read';
import { upgradeRuleset } from '../../../src/core/policy/ruleset-upgrade';
import { FORMAT1_PATH, format1Clean } from '../core/support/format1-rulesets';
import { buildCli, runCli } from './cli-bundle';

let cli: string;
let dir: string;
beforeAll(async () => {
  cli = await buildCli();
  dir = mkdtempSync(join(tmpdir(), 'cll-format1-'));
});

const INPUTS = ['https://item.taobao.com/item.htm?id=1', 'https://item.jd.com/1.html'];

describe('chat-link-lens --ruleset with a format-1 file', () => {
  it('upgrades a valid one in memory: same answers as its upgrade, a notice, the file unchanged', async () => {
    const file = join(dir, 'oldchat.json');
    const text = `${JSON.stringify(format1Clean(), null, 2)}\n`;
    writeFileSync(file, text);
    const upgradedFile = join(dir, 'oldchat-format-2.json');
    writeFileSync(upgradedFile, JSON.stringify(upgradeRuleset(format1Clean())));
    const args = ['check', '--json', '--at', '2021-01-01'];
    const run = await runCli(cli, [...args, '--ruleset', file, ...INPUTS]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `chat-link-lens: --ruleset ${file}: format 1, upgraded to format 2 in memory (the file is unchanged)\n`,
    );
    const direct = await runCli(cli, [...args, '--ruleset', upgradedFile, ...INPUTS]);
    expect(direct.stderr).toBe('');
    expect(run.stdout).toBe(direct.stdout);
    const [taobao] = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(taobao.verdicts.private).toMatchObject({ outcome: 'blocked', rule: 'taobao-2020' });
    expect(readFileSync(file, 'utf8')).toBe(text);
    // `rules --json` prints the ruleset in format 2, with its sources defined once.
    const rules = JSON.parse((await runCli(cli, ['rules', '--json', '--ruleset', file])).stdout);
    expect(rules.format).toBe(2);
    expect(rules).toEqual(upgradeRuleset(format1Clean()));
  });

  it('refuses the real format-1 file on one line naming each source that needs a quote', async () => {
    const before = readFileSync(FORMAT1_PATH, 'utf8');
    const run = await runCli(cli, ['check', '--ruleset', FORMAT1_PATH, ...INPUTS]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const line = lines[0] as string;
    const reading = readRuleset(JSON.parse(before));
    if (reading.ok || reading.upgrade === null) throw new Error('expected a failed upgrade');
    const needed = reading.upgrade.quotesNeeded;
    expect(line).toContain(`a format-1 ruleset: upgraded to format 2`);
    expect(line).toContain(`${needed.length} sources need a quote`);
    for (const entry of needed) {
      expect(line).toContain(
        `${entry.path} "${entry.source}" (${entry.title}, ${entry.url}) cited by ${entry.citedBy.join(', ')}`,
      );
    }
    expect(line).toContain('taobao-private-copy-2013');
    // Its other problem: format 1's invented locator is no address.
    expect(line).toMatch(/other problems: sources\[\d+\]\.url: "urn:article:zimubang-2021-11-30"/);
    expect(readFileSync(FORMAT1_PATH, 'utf8')).toBe(before);
  });
});
