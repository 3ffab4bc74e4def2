/**
 * The command line's test corpus, `test/fixtures/check-corpus.txt`: real and tricky inputs, one
 * a line, as a batch user would pipe them. Read once here for every test that feeds it to the CLI
 * or the library.
 */
import { readFileSync } from 'node:fs';

const path = new URL('../../fixtures/check-corpus.txt', import.meta.url);

/** The file's bytes, exactly (blank lines included), for stdin. */
export const CHECK_CORPUS: Buffer = readFileSync(path);

/** Its inputs: the non-blank lines, trimmed, in order. */
export const CHECK_CORPUS_INPUTS: readonly string[] = CHECK_CORPUS.toString('utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '');
