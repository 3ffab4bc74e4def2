import { createRequire } from 'node:module';
import { classify } from '../core/classify/classify';
import { formatChinaTime } from '../core/policy/china-time';
import { checkRecord } from '../core/record/check-record';
import { CheckTable } from './check-table';
import { readLineBatches } from './line-reader';
import { type CliOptions, parseCliOptions, UsageError } from './options';
import { createRecordLines } from './record-lines';
import { rulesText } from './rules-text';
import { USAGE } from './usage';
import { createWriter, type Writer } from './writer';

async function main(argv: string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliOptions(argv, Date.now());
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`chat-link-lens: ${error.message} (see chat-link-lens --help)\n`);
      return 2;
    }
    throw error;
  }
  if (options.notice !== null) process.stderr.write(`chat-link-lens: ${options.notice}\n`);
  const out = createWriter(process.stdout);
  switch (options.command) {
    case 'help':
      await out.line(USAGE);
      break;
    case 'version':
      await out.line(version());
      break;
    case 'rules':
      await out.line(
        options.json ? JSON.stringify(options.ruleset, null, 2) : rulesText(options.ruleset),
      );
      break;
    case 'check':
      return check(options, out);
  }
  await out.end();
  return 0;
}

async function check(options: CliOptions, out: Writer): Promise<number> {
  const table = options.json ? null : new CheckTable(options.ruleset);
  const recordLine = table
    ? null
    : createRecordLines({
        ruleset: options.ruleset,
        at: options.at,
        base: options.base,
        compact: options.compact,
      });
  const answer = (input: string): string => {
    if (recordLine) return recordLine(input);
    const record = checkRecord(
      classify(input, options.base, { warnings: true }),
      options.ruleset,
      options.at,
    );
    return (table as CheckTable).row(record);
  };
  if (table) await out.line(table.header(formatChinaTime(options.at)));
  // Messages on stderr wait for the reader too: a pipe read slowly must not fill memory.
  const messages = createWriter(process.stderr, 0);
  let failed = 0;
  if (options.inputs.length > 0) {
    for (const input of options.inputs) await out.line(answer(input));
  } else if (process.stdin.isTTY) {
    process.stderr.write(
      `chat-link-lens: no inputs: give them as arguments or one per line on stdin\n`,
    );
    return 2;
  } else {
    for await (const batch of readLineBatches(process.stdin)) {
      for (const item of batch) {
        if ('error' in item) {
          failed += 1;
          const record = { line: item.number, error: item.error, preview: item.preview };
          const line = table ? `line ${item.number}: ${item.error}` : JSON.stringify(record);
          if (out.push(line)) await out.flush();
          await messages.line(`chat-link-lens: line ${item.number}: ${item.error}`);
        } else {
          const input = item.line.trim();
          if (input !== '' && out.push(answer(input))) await out.flush();
        }
      }
      // The reader went away (as with "| head"): nothing more will be read.
      if (out.closed) break;
    }
  }
  if (table) await out.line(table.footer());
  await out.end();
  return failed > 0 ? 1 : 0;
}

function version(): string {
  try {
    const require = createRequire(import.meta.url);
    return `chat-link-lens ${(require('../package.json') as { version: string }).version}`;
  } catch {
    return 'chat-link-lens';
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `chat-link-lens: internal error: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
