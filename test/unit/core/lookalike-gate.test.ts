import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lookalikeOf } from '../../../src/core/lookalike/lookalike';
import {
  DIGIT_SWAPS,
  mayImitate,
  PLATFORM_LABELS,
} from '../../../src/core/lookalike/lookalike-gate';
import { charactersReadAs } from '../../../src/core/lookalike/skeleton';
import { typoVariants } from '../../../src/core/lookalike/typo';
import { label, PLATFORM_DOMAIN_PAIRS } from './support/link-arbitraries';
import { parsedHost } from './support/lookalike-hosts';

const DOMAINS = PLATFORM_DOMAIN_PAIRS.map(([, domain]) => domain);
const CONFUSABLE_CHARS = [...'abcdefghijklmnopqrstuvwxyz0123456789'].flatMap(charactersReadAs);

/** One character of a platform domain, as an imitator may write it. */
function imitatedChar(char: string): fc.Arbitrary<string> {
  const options = [char, char.toUpperCase(), ...charactersReadAs(char)];
  const digit = [...DIGIT_SWAPS].find(([, letters]) => letters.includes(char))?.[0];
  if (digit) options.push(digit);
  for (const letter of DIGIT_SWAPS.get(char) ?? '') options.push(letter);
  if (char === '.') options.push('-', '\u3002', '\uff0e');
  return fc.constantFrom(...options);
}

/** A platform domain with some characters written another way, inside a host or not. */
const imitation = fc
  .constantFrom(...DOMAINS)
  .chain((domain) => fc.tuple(...[...domain].map(imitatedChar)))
  .map((chars) => chars.join(''))
  .chain((core) =>
    fc
      .tuple(
        fc.option(fc.constantFrom('item.', 'shop-', 'www.', 'a.b.')),
        fc.option(fc.constantFrom('.evil.example', '-login.example', '.cn', '.net', '.')),
        fc.option(label),
      )
      .map(([before, after, sub]) => `${sub ? `${sub}.` : ''}${before ?? ''}${core}${after ?? ''}`),
  );

/** Typo variants of platform labels of five letters or more, under any ending or site. */
const typo = fc
  .constantFrom(...PLATFORM_LABELS.filter((name) => name.length >= 5))
  .chain((name) => fc.constantFrom(...typoVariants(name).map(([, variant]) => variant)))
  .chain((variant) =>
    fc
      .tuple(
        fc.option(fc.constantFrom('item.', 'www.', 'a.b.')),
        fc.constantFrom('.com', '.cn', '.com.cn', '.net', '.hk', '.evil.example'),
      )
      .map(([before, after]) => `${before ?? ''}${variant}${after}`),
  );

/** A platform label left of another site's domain, or a platform domain before an "@". */
const subdomain = fc
  .tuple(
    fc.constantFrom(...PLATFORM_LABELS),
    fc.option(label),
    fc.constantFrom('evil.example', 'example.com', 'x.github.io'),
  )
  .map(([name, sub, site]) => `${sub === null ? '' : `${sub}.`}${name}.${site}`);

/** Hosts made of platform names, ordinary words, confusables and separators. */
const pieces = fc
  .array(
    fc.oneof(
      fc.constantFrom('taobao', 'tmall', 'jd', 'tb', 'b23', '1688', 'l688', 'vip', 'xhs'),
      fc.constantFrom('com', 'cn', 'hk', 'tv', 'in', 'evil', 'example', 'xn--', 'c0m', 'ta0bao'),
      fc.constantFrom('.', '.', '-', '\u200b', '\u00ad', '\u0301'),
      fc.constantFrom(...CONFUSABLE_CHARS),
      label,
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

describe('mayImitate: the lookalike gate the content script runs on every link', () => {
  it('never turns away a host lookalikeOf flags, typed or parsed (no false negative)', () => {
    let flagged = 0;
    fc.assert(
      fc.property(fc.oneof(imitation, pieces, typo, subdomain), (host) => {
        for (const form of [host, parsedHost(host)]) {
          if (form === null || lookalikeOf(form) === null) continue;
          flagged += 1;
          expect(mayImitate(form), form).toBe(true);
        }
      }),
      { numRuns: 4000 },
    );
    // The generators must mostly make lookalikes, or the property says little.
    expect(flagged).toBeGreaterThan(2000);
  });

  it('lets through every imitation of a platform domain the generators make', () => {
    fc.assert(
      fc.property(imitation, (host) => {
        const parsed = parsedHost(host);
        expect(mayImitate(host), host).toBe(true);
        if (parsed !== null) expect(mayImitate(parsed), parsed).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('turns away most ordinary hosts', () => {
    let passed = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.domain(), (host) => {
        runs += 1;
        if (mayImitate(host)) passed += 1;
      }),
      { numRuns: 5000 },
    );
    expect(passed / runs).toBeLessThan(0.02);
    for (const host of [
      'example.com',
      'www.wikipedia.org',
      'news.ycombinator.com',
      'cdn.jsdelivr.net',
      'github.com',
      'mail.google.com',
      'docs.python.org',
      '127.0.0.1',
    ])
      expect(mayImitate(host), host).toBe(false);
  });

  it('lets through non-ASCII and Punycode hosts, and labels shaped like a platform name', () => {
    for (const host of [
      'ta\u03bfbao.com',
      'xn--tabao-sce.com',
      'XN--TABAO-SCE.COM',
      '例子.测试',
      'taobao.com.evil.example',
      'TaoBao-com.example',
      'ta0bao.com',
      'jd.c0m',
      'l688.com',
      'shop.jd.example',
    ])
      expect(mayImitate(host), host).toBe(true);
  });
});
