/**
 * The content script's engine: the shared classifier, the policy engine and the shipped rulesets.
 * It is a separate bundle (engine.js) that the content script imports only once a page has a
 * candidate link or share code, so pages with nothing to badge never parse it.
 */
export { classify, classifyShareCode } from '../core/classify/classify';
export {
  MAX_LINK_TEXT_LENGTH,
  mismatchWarning,
  textMismatch,
} from '../core/lookalike/text-mismatch';
export { policyContext } from '../shared/policy-context';
export { badgeView } from './draw/badge-view';
