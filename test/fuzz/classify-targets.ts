/** Fuzz targets for `classify`: any string, and URL-ish text with hosts, escapes and wrappers. */
import fc from 'fast-check';
import type { Classification } from '../../src/core/classify/classification';
import { classify, MAX_UNWRAP_DEPTH } from '../../src/core/classify/classify';
import { platformById } from '../../src/core/classify/host-match';
import { WRAPPERS } from '../../src/core/classify/wrappers';
import { findShareCodes } from '../../src/core/share-code/share-code';
import { anyString, urlish } from './arbitraries';
import { check, checkEqual, show, timed } from './invariants';

const WRAPPER_IDS = new Set(WRAPPERS.map((w) => w.id));
const KINDS = new Set(['url', 'app', 'code', 'none']);

/** The shape every classification must have, whatever the input. */
function checkWellFormed(r: Classification, input: string): void {
  check(r.input === input, () => `input not kept: ${show(r.input)}`);
  check(KINDS.has(r.kind), () => `unknown kind ${show(r.kind)}`);
  if (r.kind === 'none') {
    const { warnings, ...rest } = r;
    checkEqual(
      rest,
      {
        input,
        kind: 'none',
        platform: null,
        owner: null,
        category: null,
        domain: null,
        url: null,
        via: null,
        codes: null,
      },
      'kind "none" carries nothing but the input',
    );
    if (warnings !== undefined) {
      check(warnings.length > 0, 'empty warnings');
      for (const w of warnings) {
        check(w.type === 'lookalike', () => `warning of type ${show(w.type)} on kind "none"`);
        if (w.type === 'lookalike') {
          check(platformById(w.imitates) !== undefined, () => `imitates ${show(w.imitates)}`);
          check(w.host !== '', 'lookalike warning without a host');
        }
      }
    }
    return;
  }
  check(r.warnings === undefined, 'warnings on a platform result');
  const platform = platformById(r.platform ?? '');
  check(platform !== undefined, () => `unknown platform ${show(r.platform)}`);
  check(r.owner === platform.owner, () => `owner ${show(r.owner)} for ${platform.id}`);
  check(r.category === 'ecommerce' || r.category === 'content', `category ${r.category}`);
  if (r.kind === 'url') {
    check(r.url !== null && /^https?:\/\/[^\s]+$/.test(r.url), () => `url ${show(r.url)}`);
    check(URL.canParse(r.url), () => `url does not parse: ${show(r.url)}`);
    check(r.domain !== null && r.domain !== '', 'kind "url" without a domain');
    check(Array.isArray(r.via) && r.via.length <= MAX_UNWRAP_DEPTH, () => `via ${show(r.via)}`);
    for (const id of r.via) check(WRAPPER_IDS.has(id), () => `unknown wrapper ${show(id)}`);
    const basis = r.basis;
    if (basis !== undefined) {
      check(basis.linkPlatform !== null || basis.codePlatform !== null, 'empty basis');
      check((basis.follows === 'text') === (basis.linkPlatform !== null), 'basis follows');
      if (basis.linkPlatform !== null) {
        check(platformById(basis.linkPlatform) !== undefined, 'basis names no platform');
        check(basis.linkPlatform !== r.platform, 'basis without a change of platform');
      }
      if (basis.codePlatform !== null) {
        check(
          r.codes?.some((code) => code.platform === basis.codePlatform) === true,
          'basis names a code platform no code has',
        );
      }
    } else {
      for (const code of r.codes ?? []) check(code.platform === r.platform, 'code and link differ');
    }
  } else if (r.kind === 'app') {
    check(r.url !== null && /^[a-z][a-z0-9.+-]*:\/\//.test(r.url), () => `app url ${show(r.url)}`);
    check(r.domain === null && r.via === null && r.codes === null, 'kind "app" with web fields');
    check(r.basis === undefined, 'basis on an app link');
  } else {
    check(r.codes !== null && r.codes.length > 0, 'kind "code" without codes');
    check(r.url === null && r.via === null && r.domain === null, 'kind "code" with a URL');
    check(r.platform === r.codes[0]?.platform, 'platform is not the first code’s');
  }
}

/**
 * Every invariant of one call: well-formed, fast, deterministic, the same with warnings asked
 * for (only a `warnings` field may be added), stable under re-classification of its URL and
 * under line ends around the input.
 */
function checkClassify(input: string, base: string | undefined): void {
  const what = () => `classify(${show(input)}, ${show(base)})`;
  const r = timed(() => classify(input, base), what);
  checkWellFormed(r, input);
  checkEqual(classify(input, base), r, `${what()} a second time`);

  const warned = timed(() => classify(input, base, { warnings: true }), what);
  const { warnings, ...plain } = warned;
  checkEqual(plain, r, `${what()} with warnings asked for`);
  check(warnings === undefined || r.kind === 'none', 'warnings on a platform result');
  checkWellFormed(warned, input);

  if (r.codes !== null) checkEqual(r.codes, findShareCodes(input), `codes of ${what()}`);

  if (r.kind === 'url' && r.url !== null) {
    // A share text may name which of a shared short link's apps it is from; the link alone not.
    const linkPlatform = platformById(r.basis?.linkPlatform ?? r.platform ?? '');
    const again = timed(
      () => classify(r.url ?? ''),
      () => `classify(${show(r.url)})`,
    );
    checkEqual(
      {
        kind: again.kind,
        platform: again.platform,
        owner: again.owner,
        category: again.category,
        domain: again.domain,
        url: again.url,
        via: again.via,
      },
      {
        kind: 'url',
        platform: linkPlatform?.id ?? null,
        owner: linkPlatform?.owner ?? null,
        category: r.basis?.linkPlatform ? again.category : r.category,
        domain: r.domain,
        url: r.url,
        via: [],
      },
      `re-classifying the URL of ${what()}`,
    );
  }

  const padded = classify(`\n${input}\n`, base);
  const shift = (codes: Classification['codes']) =>
    codes?.map((c) => ({ ...c, start: c.start + 1, end: c.end + 1 })) ?? null;
  checkEqual(
    { ...padded, input },
    { ...r, codes: shift(r.codes) },
    `${what()} with a line end on each side`,
  );
}

const base = fc.option(
  fc.oneof(
    fc.constantFrom(
      'https://item.taobao.com/a/b?c#d',
      'https://example.com/',
      'https://www.google.com/',
      'http://[::1]:8080/',
      'file:///docs/',
      'not a url',
      '',
    ),
    anyString,
  ),
  { freq: 3 },
);

export const classifyTarget = () =>
  fc.property(anyString, base, (input, b) => checkClassify(input, b ?? undefined));

export const urlishTarget = () =>
  fc.property(urlish, base, (input, b) => checkClassify(input, b ?? undefined));
