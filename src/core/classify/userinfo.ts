/**
 * The user-info trick: "https://taobao.com@evil.example/" reads as a Taobao link, but everything
 * before the "@" is a user name and the link goes to evil.example. A URL whose user name or
 * password names a platform (its domain, a host under it, its label of three characters or more,
 * or a lookalike of one) is flagged with reason "userinfo", whatever its real host, unless that
 * host is the platform's own (the classifier asks only about hosts under no table domain).
 */

import { type Lookalike, lookalikeOf } from '../lookalike/lookalike';
import { matchPlatform, PLATFORM_DOMAINS } from './host-match';

const DOMAIN_BY_LABEL = new Map<string, string>();
for (const domain of PLATFORM_DOMAINS) {
  const label = domain.slice(0, domain.indexOf('.'));
  if (label.length >= 3 && !DOMAIN_BY_LABEL.has(label)) DOMAIN_BY_LABEL.set(label, domain);
}

/** The platform domain `name` (a lower-case host-like piece of text) names, or null. */
function platformDomainNamed(name: string): string | null {
  if (PLATFORM_DOMAINS.has(name)) return name;
  const label = DOMAIN_BY_LABEL.get(name);
  if (label !== undefined) return label;
  for (let dot = name.indexOf('.'); dot !== -1; dot = name.indexOf('.', dot + 1)) {
    if (PLATFORM_DOMAINS.has(name.slice(dot + 1))) return name.slice(dot + 1);
  }
  return null;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The platform a URL's user info names, as a lookalike with reason "userinfo", or null. */
export function userinfoLookalike(url: URL): Lookalike | null {
  if (url.username === '' && url.password === '') return null;
  const text = decoded(`${url.username}:${url.password}`).normalize('NFKC').toLowerCase();
  for (const piece of text.split(/[\s:@/\\?#]+/)) {
    const name = piece.replace(/\.+$/, '');
    if (name === '') continue;
    const domain = platformDomainNamed(name) ?? lookalikeOf(name)?.imitates ?? null;
    if (domain === null) continue;
    const platform = matchPlatform(domain, '', '/')?.platform.id;
    if (platform !== undefined) return { platform, imitates: domain, reason: 'userinfo' };
  }
  return null;
}
