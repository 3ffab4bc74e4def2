import type { Classification } from '../core/classification';
import { platformName, wrapperName } from '../core/display-names';
import { evaluate } from '../core/evaluate';
import type { Locale } from '../core/localized';
import type { Scope } from '../core/scope';
import type { Verdict } from '../core/verdict';
import type { PolicyContext } from '../shared/policy-context';

/** Everything a badge shows, derived from a classification and the policy context. Pure. */
export interface BadgeView {
  platform: string;
  platformName: string;
  category: Classification['category'];
  kind: Classification['kind'];
  via: string[];
  verdicts: Verdict[];
  app: string;
  appName: string;
  at: number;
}

export function badgeView(
  classification: Classification,
  context: PolicyContext,
  locale: Locale,
): BadgeView {
  const { ruleset, at } = context;
  const verdicts = ruleset.scopes.map((scope: Scope) =>
    evaluate(classification, { app: ruleset, scope, at }),
  );
  return {
    platform: classification.platform ?? '',
    platformName: platformName(classification.platform ?? '', locale),
    category: classification.category,
    kind: classification.kind,
    via: (classification.via ?? []).map((id) => wrapperName(id, locale)),
    verdicts,
    app: ruleset.app,
    appName: ruleset.name[locale],
    at,
  };
}

export function verdictFor(view: BadgeView, scope: Scope): Verdict | undefined {
  return view.verdicts.find((verdict) => verdict.scope === scope);
}
