import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { getShippedRuleset, SHIPPED_APPS } from '../core/data/rulesets/index';
import { parsePolicyDate } from '../core/policy/china-time';
import type { Ruleset } from '../core/policy/rule';
import { readRuleset } from '../core/policy/ruleset-read';
import { COMPACT_FIELDS } from '../core/record/compact-record';
import { rulesetRefusal } from './ruleset-refusal';

export type Command = 'check' | 'rules' | 'help' | 'version';

export interface CliOptions {
  command: Command;
  at: number;
  ruleset: Ruleset;
  base: string | undefined;
  json: boolean;
  /** With json: the compact records (see src/core/record/compact-record.ts). */
  compact: boolean;
  inputs: string[];
  /** One line for stderr, or null: e.g. that a format-1 ruleset file was upgraded in memory. */
  notice: string | null;
}

/** A usage error: the CLI prints its message on one line and exits with status 2. */
export class UsageError extends Error {}

const OPTIONS = {
  at: { type: 'string' },
  app: { type: 'string' },
  ruleset: { type: 'string' },
  base: { type: 'string' },
  json: { type: 'boolean', default: false },
  compact: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

/** Parses the command line; throws UsageError with a one-line message when it is wrong. */
export function parseCliOptions(argv: string[], now: number): CliOptions {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(firstLine(error));
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  let command: Command;
  if (values.help) command = 'help';
  else if (values.version) command = 'version';
  else if (first === 'check' || first === 'rules') command = first;
  else if (first === undefined) throw new UsageError('missing command: use "check" or "rules"');
  else throw new UsageError(`unknown command "${first}": use "check" or "rules"`);
  if (command === 'rules' && rest.length > 0) {
    throw new UsageError(`"rules" takes no inputs (got "${rest[0]}")`);
  }
  if (command === 'rules' && values.at !== undefined) {
    throw new UsageError('"rules" takes no --at: it prints the whole timeline');
  }

  if (values.compact && command === 'rules') {
    throw new UsageError('"rules" takes no --compact: its --json is the ruleset itself');
  }
  if (values.compact && !values.json) {
    throw new UsageError('--compact is a form of JSON output: use it with --json');
  }

  let at = now;
  if (values.at !== undefined) {
    const parsedAt = parsePolicyDate(values.at);
    if (!parsedAt.ok) throw new UsageError(`--at ${values.at}: ${parsedAt.error}`);
    at = parsedAt.at;
  }
  if (values.base !== undefined && !URL.canParse(values.base)) {
    throw new UsageError(`--base ${values.base}: not an absolute URL`);
  }
  const { ruleset, notice } = resolveRuleset(values.app, values.ruleset);
  if (values.compact) {
    const clash = ruleset.scopes.find((scope) => COMPACT_FIELDS.includes(scope));
    if (clash !== undefined) {
      throw new UsageError(
        `--compact: the ruleset's scope "${clash}" has the name of a compact record field`,
      );
    }
  }
  return {
    command,
    at,
    ruleset,
    base: values.base,
    json: values.json,
    compact: values.compact,
    inputs: command === 'check' ? rest : [],
    notice,
  };
}

function resolveRuleset(
  app: string | undefined,
  file: string | undefined,
): { ruleset: Ruleset; notice: string | null } {
  if (file !== undefined) {
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new UsageError(`--ruleset ${file}: ${firstLine(error)}`);
    }
    const result = readRuleset(value);
    if (!result.ok) throw new UsageError(`--ruleset ${file}: ${rulesetRefusal(result)}`);
    if (app !== undefined && app !== result.ruleset.app) {
      throw new UsageError(`--app ${app} does not match the ruleset's app "${result.ruleset.app}"`);
    }
    const notice =
      result.upgradedFrom === 1
        ? `--ruleset ${file}: format 1, upgraded to format 2 in memory (the file is unchanged)`
        : null;
    return { ruleset: result.ruleset, notice };
  }
  const id = app ?? 'wechat';
  const ruleset = getShippedRuleset(id);
  if (!ruleset) {
    throw new UsageError(`unknown app "${id}": known apps are ${SHIPPED_APPS.join(', ')}`);
  }
  return { ruleset, notice: null };
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
