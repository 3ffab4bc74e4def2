/**
 * The library entry of the package (`import { check } from 'chat-link-lens'`): the classifier,
 * the policy engine, the shipped rulesets and the ruleset validator, as the command line uses them.
 */
export type { Category } from '../core/classify/category';
export type {
  Classification,
  ClassificationKind,
  LookalikeReason,
  ShareCodeMatch,
  Warning,
} from '../core/classify/classification';
export { type ClassifyOptions, classify } from '../core/classify/classify';
export { getShippedRuleset, SHIPPED_APPS } from '../core/data/rulesets/index';
export type { Localized } from '../core/localized';
export { type EvaluateOptions, evaluate } from '../core/policy/evaluate';
export type { Evidence } from '../core/policy/evidence';
export type { Outcome } from '../core/policy/outcome';
export type { Rule, Ruleset, RulesetNote, TimelineEvent } from '../core/policy/rule';
export { type FailedUpgrade, type RulesetReading, readRuleset } from '../core/policy/ruleset-read';
export { type QuoteNeeded, quotesNeeded, upgradeRuleset } from '../core/policy/ruleset-upgrade';
export {
  type RulesetValidation,
  type ValidationProblem,
  validateRuleset,
} from '../core/policy/ruleset-validate';
export type { Scope } from '../core/policy/scope';
export type { Source } from '../core/policy/source';
export type { Verdict } from '../core/policy/verdict';
export type { CheckRecord, VerdictRecord } from '../core/record/check-record';
export {
  type CompactRecord,
  type CompactVerdict,
  compactRecord,
  type WarningType,
} from '../core/record/compact-record';
export { type CheckOptions, check, RulesetError } from './check';
