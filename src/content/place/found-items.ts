import type { BadgeView } from '../draw/badge-view';
import type { FoundCode, FoundLink } from '../report/found';

/** A badged link as the frame report reads it (see report/found.ts). */
export function foundLink(href: string, view: BadgeView): FoundLink {
  const warning = view.warning;
  return {
    href,
    platform: view.platform,
    category: view.category,
    kind: view.kind,
    outcomes: outcomesOf(view),
    rules: Object.fromEntries(view.verdicts.map((verdict) => [verdict.scope, verdict.rule])),
    warning: warning
      ? { type: warning.type, imitates: warning.imitates, host: warning.host }
      : null,
  };
}

/** A marked share code as the frame report reads it. */
export function foundCode(input: string, view: BadgeView): FoundCode {
  return { input, platform: view.platform, category: view.category, outcomes: outcomesOf(view) };
}

function outcomesOf(view: BadgeView): FoundLink['outcomes'] {
  return Object.fromEntries(view.verdicts.map((verdict) => [verdict.scope, verdict.outcome]));
}
