import type { Classification, LookalikeReason, Warning } from '../../core/classify/classification';
import { platformName, wrapperName } from '../../core/classify/display-names';
import { hostToUnicode } from '../../core/classify/punycode';
import type { Locale } from '../../core/localized';
import { evaluate } from '../../core/policy/evaluate';
import type { Scope } from '../../core/policy/scope';
import type { Verdict } from '../../core/policy/verdict';
import type { PolicyContext } from '../../shared/policy-context';

/** What a badge says about a deceptive link (see Warning in src/core/classify/classification.ts). */
export interface WarningView {
  type: Warning['type'];
  /** Id of the platform the host imitates, or that the link text names. */
  imitates: string;
  imitatesName: string;
  /** The platform domain imitated ("taobao.com"), or the platform host the text names. */
  claimed: string;
  /** Where the link really goes, as the URL parser writes it (Punycode). */
  host: string;
  /** The same host as a browser may show it (Punycode decoded); equal to `host` for ASCII. */
  hostShown: string;
  /** Why the host counts as a lookalike; null for a mismatch. */
  reason: LookalikeReason | null;
}

/** Everything a badge shows, derived from a classification and the policy context. Pure. */
export interface BadgeView {
  /** Platform id; "" for a link of no platform that only carries a warning. */
  platform: string;
  platformName: string;
  category: Classification['category'];
  kind: Classification['kind'];
  via: string[];
  /** The outcome in each scope of the ruleset; none for a link of no platform. */
  verdicts: Verdict[];
  app: string;
  appName: string;
  at: number;
  /** The link is deceptive: its host imitates a platform, or its text names another host. */
  warning: WarningView | null;
}

function warningView(warning: Warning, locale: Locale): WarningView {
  const imitates = warning.type === 'lookalike' ? warning.imitates : warning.claimed;
  const host = warning.type === 'lookalike' ? warning.host : warning.actualHost;
  return {
    type: warning.type,
    imitates,
    imitatesName: platformName(imitates, locale),
    claimed: warning.type === 'lookalike' ? warning.imitatesDomain : warning.claimedHost,
    host,
    hostShown: hostToUnicode(host),
    reason: warning.type === 'lookalike' ? warning.reason : null,
  };
}

/**
 * The verdicts of a policy context, by what they depend on (see evaluate: a classification's
 * kind, platform and category): a page's thousands of links share a few dozen, and a new date
 * brings a new context.
 */
const verdictMemo = new WeakMap<PolicyContext, Map<string, Verdict[]>>();

function verdictsOf(
  classification: Pick<Classification, 'kind' | 'platform' | 'category'>,
  context: PolicyContext,
): Verdict[] {
  let memo = verdictMemo.get(context);
  if (!memo) {
    memo = new Map();
    verdictMemo.set(context, memo);
  }
  const { kind, platform, category } = classification;
  const key = `${kind} ${platform} ${category}`;
  let verdicts = memo.get(key);
  if (!verdicts) {
    const { ruleset, at } = context;
    verdicts = ruleset.scopes.map((scope: Scope) =>
      evaluate({ kind, platform, category }, { app: ruleset, scope, at }),
    );
    memo.set(key, verdicts);
  }
  return verdicts;
}

/**
 * The badge of a classification: a platform's link or share code with its outcome in each scope,
 * and a warning when the link is deceptive (`warning`, by default the classification's first).
 * A classification of no platform gives no outcomes: its badge only shows the warning.
 */
export function badgeView(
  classification: Classification,
  context: PolicyContext,
  locale: Locale,
  warning: Warning | null = classification.warnings?.[0] ?? null,
): BadgeView {
  const { ruleset } = context;
  const verdicts = classification.platform === null ? [] : verdictsOf(classification, context);
  return {
    platform: classification.platform ?? '',
    platformName: platformName(classification.platform ?? '', locale),
    category: classification.category,
    kind: classification.kind,
    via: (classification.via ?? []).map((id) => wrapperName(id, locale)),
    verdicts,
    app: ruleset.app,
    appName: ruleset.name[locale],
    at: context.at,
    warning: warning === null ? null : warningView(warning, locale),
  };
}
