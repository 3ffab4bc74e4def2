/**
 * The library entry of the package (`import { check } from 'chat-link-lens'`): the classifier,
 * the policy engine, the shipped rulesets and the ruleset validator, as the command line uses them.
 */
export type { Category } from '../core/category';
export type { CheckRecord, VerdictRecord } from '../core/check-record';
export type {
  Classification,
  ClassificationKind,
  LookalikeReason,
  ShareCodeMatch,
  Warning,
} from '../core/classification';
export { type ClassifyOptions, classify } from '../core/classify';
export {
  type CompactRecord,
  type CompactVerdict,
  compactRecord,
  type WarningType,
} from '../core/compact-record';
export { type EvaluateOptions, evaluate } from '../core/evaluate';
export type { Evidence } from '../core/evidence';
export type { Localized } from '../core/localized';
export type { Outcome } from '../core/outcome';
export type { Rule, Ruleset, RulesetNote, TimelineEvent } from '../core/rule';
export {
  type RulesetValidation,
  type ValidationProblem,
  validateRuleset,
} from '../core/ruleset-validate';
export { getShippedRuleset, SHIPPED_APPS } from '../core/rulesets/index';
export type { Scope } from '../core/scope';
export type { Source } from '../core/source';
export type { Verdict } from '../core/verdict';
export { type CheckOptions, check, RulesetError } from './check';
