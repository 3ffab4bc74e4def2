/** Words for scopes and outcomes, shared by the popup and the extension's pages. */
import type { Locale } from '../core/localized';
import type { Outcome } from '../core/policy/outcome';
import { OUTCOME_LABEL, OUTCOME_SYMBOL } from '../core/policy/outcome-label';
import type { TextLookup } from './i18n';

/** "One-to-one chat", "Group chat", or the id of a scope a custom ruleset adds. */
export function scopeLabel(scope: string, t: TextLookup): string {
  if (scope === 'private') return t('scopePrivate');
  if (scope === 'group') return t('scopeGroup');
  return scope;
}

/** "1:1", "group", or the scope's id. */
export function scopeShortLabel(scope: string, t: TextLookup): string {
  if (scope === 'private') return t('scopePrivateShort');
  if (scope === 'group') return t('scopeGroupShort');
  return scope;
}

/** "✓ opens", "❐ copy only"... : symbol and words, so no outcome is told by colour alone. */
export function outcomeText(outcome: Outcome, locale: Locale): string {
  return `${OUTCOME_SYMBOL[outcome]} ${OUTCOME_LABEL[outcome][locale]}`;
}

/** "one-to-one or group", "单聊或群聊"...: the shown scopes in words, for sentences. */
export function scopePhrase(scopes: readonly string[], t: TextLookup): string {
  const words = scopes.map((scope) =>
    scope === 'private' || scope === 'group' ? t(`scopeWord_${scope}`) : scope,
  );
  return words.join(t('scopeWordOr'));
}
