import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lookalikeOf } from '../../../src/core/lookalike/lookalike';
import { DIGIT_SWAPS, PLATFORM_LABELS } from '../../../src/core/lookalike/lookalike-gate';
import { label, PLATFORM_DOMAIN_PAIRS, platformLink } from './support/link-arbitraries';
import { keptConfusables, parsedHost } from './support/lookalike-hosts';

/** Confusables the URL parser keeps, by the ASCII letter or digit they pass for. */
const CONFUSABLES_OF = new Map<string, string[]>();
for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789') {
  const kept = keptConfusables(c);
  if (kept.length > 0) CONFUSABLES_OF.set(c, kept);
}
const CONFUSABLE_CHARS = [...CONFUSABLES_OF.values()].flat();

const platformDomain = fc.constantFrom(...PLATFORM_DOMAIN_PAIRS);

/** A platform domain with one or more letters replaced by confusables (at least one is). */
const confusableDomain = platformDomain
  .filter(([, domain]) => [...domain].some((c) => CONFUSABLES_OF.has(c)))
  .chain(([platform, domain]) =>
    fc
      .array(fc.tuple(fc.boolean(), fc.nat()), {
        minLength: domain.length,
        maxLength: domain.length,
      })
      .map((choices) => {
        let first = true;
        const chars = [...domain].map((c, i) => {
          const options = CONFUSABLES_OF.get(c);
          const [swap, pick] = choices[i] ?? [false, 0];
          if (options === undefined || !(swap || first)) return c;
          first = false;
          return options[pick % options.length] ?? c;
        });
        return { platform, domain, host: chars.join('') };
      }),
  );

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc
    .array(
      fc.constantFrom(
        'taobao',
        'com',
        'tb',
        'cn',
        'jd',
        '.',
        '-',
        'xn--',
        'ο',
        'а',
        'ı',
        '\u0301',
        '\u200b',
        '\u00ad',
        '。',
        '．',
        '0',
        '1',
        'ｔ',
        '[',
        '::1]',
        '💰',
        '\ud800',
        'evil.example',
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join('')),
);

describe('lookalikeOf: properties', () => {
  it('never throws and returns null or a well-formed lookalike, for any string', () => {
    const ids = new Set(PLATFORM_DOMAIN_PAIRS.map(([platform]) => platform));
    const domains = new Set(PLATFORM_DOMAIN_PAIRS.map(([, domain]) => domain));
    fc.assert(
      fc.property(anyText, (text) => {
        const result = lookalikeOf(text);
        if (result === null) return;
        expect(ids.has(result.platform)).toBe(true);
        expect(domains.has(result.imitates)).toBe(true);
        expect([
          'confusable',
          'mixed-script',
          'digit-swap',
          'hyphen-or-extra-label',
          'typo',
          'subdomain',
        ]).toContain(result.reason);
        expect(result.typo !== undefined).toBe(result.reason === 'typo');
      }),
      { numRuns: 5000 },
    );
  });

  it('never flags a host under a platform domain, whatever its subdomain', () => {
    const unicodeSub = fc
      .array(fc.constantFrom(...'abcxyz-', ...CONFUSABLE_CHARS, '淘', 'é'), {
        minLength: 1,
        maxLength: 12,
      })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(platformLink, fc.option(unicodeSub), ({ host }, extra) => {
        const full = extra === null ? host : `${extra}.${host}`;
        expect(lookalikeOf(full)).toBeNull();
        expect(lookalikeOf(full.toUpperCase())).toBeNull();
        const parsed = parsedHost(full);
        if (parsed !== null) expect(lookalikeOf(parsed)).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('flags every confusable substitution into a platform domain, typed or parsed', () => {
    fc.assert(
      fc.property(confusableDomain, fc.option(label), ({ platform, domain, host }, sub) => {
        const full = sub === null ? host : `${sub}.${host}`;
        for (const form of [full, parsedHost(full)]) {
          if (form === null) continue;
          const result = lookalikeOf(form);
          expect(result, form).toMatchObject({ platform, imitates: domain });
          expect(['confusable', 'mixed-script']).toContain(result?.reason);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('flags digits swapped for letters (or back) in a platform domain', () => {
    const swappable = platformDomain.filter(([, domain]) =>
      [...domain].some((c) => DIGIT_SWAPS.has(c) || /[oil]/.test(c)),
    );
    fc.assert(
      fc.property(swappable, fc.nat(), ([platform, domain], seed) => {
        const chars = [...domain];
        const positions = chars.flatMap((c, i) =>
          DIGIT_SWAPS.has(c) || /[oil]/.test(c) ? [i] : [],
        );
        const at = positions[seed % positions.length] ?? 0;
        const c = chars[at] ?? '';
        const digit = [...DIGIT_SWAPS].find(([, letters]) => letters.includes(c))?.[0];
        chars[at] = digit ?? DIGIT_SWAPS.get(c)?.charAt(0) ?? c;
        expect(lookalikeOf(chars.join(''))).toEqual({
          platform,
          imitates: domain,
          reason: 'digit-swap',
        });
      }),
    );
  });

  it('flags a platform domain followed by another site’s labels, not one after "evil-"', () => {
    const site = fc.constantFrom('evil.example', 'example.com', 'attacker.cn', 'x.github.io');
    fc.assert(
      fc.property(platformDomain, site, label, ([platform, domain], tail, name) => {
        expect(lookalikeOf(`${domain}.${tail}`)).toMatchObject({
          platform,
          imitates: domain,
          reason: 'hyphen-or-extra-label',
        });
        expect(lookalikeOf(`${name}.${domain.replace('.', '-')}.${tail}`)).toMatchObject({
          platform,
          reason: 'hyphen-or-extra-label',
        });
        expect(lookalikeOf(`evil-${domain}`)).toBeNull();
      }),
    );
  });

  it('flags no host of ordinary words and platform names unless it spells a platform domain or has a platform label left of its site', () => {
    const word = fc.constantFrom(
      ...['www', 'shop', 'item', 'mail', 'cdn', 'api', 'blog', 'example', 'github', 'io'],
      ...['com', 'cn', 'hk', 'net', 'org', 'tv', 'in', 'co', 'uk'],
      ...['taobao', 'tmall', 'tb', 'jd', 'vip', 'xhs', 'b23', 'bilibili', 'douyin', '1688'],
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 5 }), (words) => {
        const host = words.join('.');
        const spelled = PLATFORM_DOMAIN_PAIRS.some(([, domain]) =>
          `.${host}.`.includes(`.${domain}.`),
        );
        if (spelled) return;
        const result = lookalikeOf(host);
        if (result === null) return;
        // Only a platform label as a subdomain is left: "taobao.example.io", not "example.taobao".
        expect(result.reason, host).toBe('subdomain');
        const labels = host.split('.');
        expect(
          labels.slice(0, -2).some((name) => PLATFORM_LABELS.includes(name)),
          host,
        ).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
