/** Fuzz targets for share-code detection. */
import fc from 'fast-check';
import { classify, classifyShareCode } from '../../src/core/classify/classify';
import { platformById } from '../../src/core/classify/host-match';
import { findShareCodes } from '../../src/core/share-code/share-code';
import { codeBody, codeMark, codeText, prose } from './arbitraries';
import { check, checkEqual, show, timed } from './invariants';

const MIAO_MARK = '喵口令';

/**
 * Marks are ordered, inside the text and apart; each holds its code; detection is fast and
 * deterministic; a line end on each side moves every mark by one; classifying the text finds the
 * same codes at the same places, and each mark alone keeps its platform.
 */
function checkShareCodes(text: string): void {
  const what = () => `findShareCodes(${show(text)})`;
  const found = timed(() => findShareCodes(text), what);
  let previousEnd = 0;
  for (const match of found) {
    check(
      Number.isInteger(match.start) && match.start >= previousEnd && match.end > match.start,
      () => `${what()}: mark ${show(match)} overlaps or is out of order`,
    );
    check(match.end <= text.length, () => `${what()}: mark ${show(match)} ends past the text`);
    check(
      text.slice(match.start, match.end).includes(match.code),
      () => `${what()}: mark ${show(match)} does not hold its code`,
    );
    check(platformById(match.platform) !== undefined, () => `platform ${show(match.platform)}`);
    if (match.platform === 'douyin') {
      // A Douyin share text's code is the short token before ":/" (douyin-share-text.ts).
      check(
        /^[0-9A-Za-z@.]{2,8}$/.test(match.code) && /[A-Za-z]/.test(match.code),
        () => `${what()}: Douyin code ${show(match.code)} is not a 2-8 character token`,
      );
    } else if (match.code !== MIAO_MARK) {
      check(
        /^[0-9A-Za-z]{11,20}$/.test(match.code) && /[a-z]/.test(match.code),
        () => `${what()}: code ${show(match.code)} is not 11-20 letters and digits`,
      );
      check(/[A-Z]/.test(match.code), () => `${what()}: code ${show(match.code)} has one case`);
    }
    previousEnd = match.end;
  }
  checkEqual(findShareCodes(text), found, `${what()} a second time`);
  checkEqual(
    findShareCodes(`\n${text}\n`),
    found.map((m) => ({ ...m, start: m.start + 1, end: m.end + 1 })),
    `${what()} with a line end on each side`,
  );

  const classified = timed(
    () => classify(text),
    () => `classify(${show(text)})`,
  );
  if (classified.kind === 'code') checkEqual(classified.codes, found, `classify(${show(text)})`);
  if (classified.codes !== null) checkEqual(classified.codes, found, `classify(${show(text)})`);
  for (const match of found) {
    const alone = classifyShareCode(text, match);
    const mark = text.slice(match.start, match.end);
    checkEqual(
      alone,
      {
        input: mark,
        kind: 'code',
        platform: match.platform,
        owner: platformById(match.platform)?.owner ?? null,
        category: platformById(match.platform)?.category ?? null,
        domain: null,
        url: null,
        via: null,
        codes: [{ ...match, start: 0, end: mark.length }],
      },
      `classifyShareCode(${show(text)}, ${show(match)})`,
    );
  }
}

export const shareCodeTarget = () => fc.property(codeText, checkShareCodes);

/** A code in every supported format, between line ends in any prose, is found where it was put. */
export const plantedCodeTarget = () =>
  fc.property(prose, codeBody, codeMark, prose, (before, body, format, after) => {
    const mark = format(body);
    const text = `${before}\n${mark}\n${after}`;
    checkShareCodes(text);
    const start = before.length + 1;
    const found = findShareCodes(text).find((m) => m.start === start);
    check(found !== undefined, () => `no mark at ${start} in ${show(text)}`);
    checkEqual(
      { code: found.code, end: found.end },
      { code: body, end: start + mark.length },
      `the mark planted in ${show(text)}`,
    );
  });
