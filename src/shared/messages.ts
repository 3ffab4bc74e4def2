/**
 * Every message between the content script, the popup, the extension's pages and the background:
 * their types, and one validator per message (and per answer) that every receiver runs before it
 * trusts what it got. Pure: no browser API here, so the content script bundle stays small and the
 * validators are unit-tested as they are.
 *
 *   content script → background  frame-report   what one frame badged (after every pass)
 *   content script → background  frame-gone     the frame's document is going away
 *   popup, pages   → background  get-tab-report what every frame of a tab reported  → TabReport
 *   extension page → background  check-link     open the link check, as the context menu does
 *   popup          → content     show-item      scroll to and flash one badged item → ShowResult
 *
 * Validators return the value typed when it is valid and null otherwise; they never throw.
 */
import { OUTCOMES, type Outcome } from '../core/policy/outcome';

/** How many items a frame reports at most; a page with more says `truncated`. */
export const MAX_REPORT_ITEMS = 5000;
/** Longest input (a link's address or a share code) a report carries. */
export const MAX_INPUT_LENGTH = 8192;
const MAX_URL_LENGTH = 8192;
const MAX_HOSTNAME_LENGTH = 253;
const MAX_SCOPES = 8;
const MAX_FRAMES = 500;
const TOKEN = /^[a-z0-9][a-z0-9._-]{0,79}$/;

export type ItemKind = 'url' | 'code';
export type ItemCategory = 'ecommerce' | 'content' | null;

/** One badged link or share code, as a frame reports it. */
export interface ReportItem {
  kind: ItemKind;
  /** The link's absolute address, or the share code's text. */
  input: string;
  platform: string;
  category: ItemCategory;
  /** The outcome in each scope of the ruleset the page was evaluated with. */
  outcomes: Record<string, Outcome>;
}

export type WarningType = 'lookalike' | 'mismatch';

/**
 * A deceptive link: its host imitates a platform domain ("lookalike"), or its visible text names
 * a platform host it does not go to ("mismatch"). See Warning in src/core/classify/classification.ts.
 */
export interface ReportWarning {
  /** The link's absolute address. */
  input: string;
  type: WarningType;
  /** Id of the platform the host imitates, or that the link text names. */
  imitates: string;
  /** The host the link really goes to (Punycode). */
  host: string;
  /** The link's own platform (a platform's link whose text names another), or null. */
  platform: string | null;
}

/** What one frame's content script found. */
export interface FrameReport {
  url: string;
  hostname: string;
  /** False when the extension is off for this frame's site (or everywhere): nothing badged. */
  active: boolean;
  items: ReportItem[];
  /** True when the frame had more than MAX_REPORT_ITEMS items and only the first are listed. */
  truncated: boolean;
  /** When the frame's document started loading (epoch ms): tells old documents from new ones. */
  startedAt: number;
  /**
   * The frame's deceptive links, when it has any (the key is left out otherwise). A platform's
   * link among them is in `items` too; a link of no platform is only here.
   */
  warnings?: ReportWarning[];
}

/** A frame's report as the background keeps it: with the frame it came from. */
export interface FrameEntry extends FrameReport {
  frameId: number;
}

/** Every frame of one tab that reported, top frame (0) first. */
export interface TabReport {
  tabId: number;
  frames: FrameEntry[];
}

/** A group of items: one kind, one platform, one outcome in one scope. */
export interface ItemGroup {
  kind: ItemKind;
  platform: string;
  scope: string;
  outcome: Outcome;
}

export interface FrameReportMessage {
  type: 'frame-report';
  report: FrameReport;
}
export interface FrameGoneMessage {
  type: 'frame-gone';
}
export interface GetTabReportMessage {
  type: 'get-tab-report';
  tabId: number;
}
export interface CheckLinkMessage {
  type: 'check-link';
  url: string;
  tabId: number | null;
  frameId: number | null;
}
export interface ShowItemMessage {
  type: 'show-item';
  group: ItemGroup;
  /** Which item of the group in this frame, in report order (0 = first). */
  ordinal: number;
}
export interface ShowResult {
  found: boolean;
}
export interface Acknowledgement {
  ok: true;
}

/** Messages the background receives. */
export type BackgroundMessage =
  | FrameReportMessage
  | FrameGoneMessage
  | GetTabReportMessage
  | CheckLinkMessage;
/** Messages the content script receives. */
export type ContentMessage = ShowItemMessage;

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object whose own keys are exactly `keys` (no more, no fewer). */
function hasExactly(value: unknown, keys: readonly string[]): value is Fields {
  if (!isObject(value)) return false;
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => Object.hasOwn(value, key));
}

const isString = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;
const isToken = (value: unknown): value is string => typeof value === 'string' && TOKEN.test(value);
const isId = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isOutcome = (value: unknown): value is Outcome => OUTCOMES.includes(value as Outcome);
const isKind = (value: unknown): value is ItemKind => value === 'url' || value === 'code';
const isCategory = (value: unknown): value is ItemCategory =>
  value === null || value === 'ecommerce' || value === 'content';

function isOutcomes(value: unknown): value is Record<string, Outcome> {
  if (!isObject(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length <= MAX_SCOPES &&
    entries.every(([scope, outcome]) => TOKEN.test(scope) && isOutcome(outcome))
  );
}

export function isReportItem(value: unknown): value is ReportItem {
  return (
    hasExactly(value, ['kind', 'input', 'platform', 'category', 'outcomes']) &&
    isKind(value.kind) &&
    isString(value.input, MAX_INPUT_LENGTH) &&
    value.input !== '' &&
    isToken(value.platform) &&
    isCategory(value.category) &&
    isOutcomes(value.outcomes)
  );
}

const isWarningType = (value: unknown): value is WarningType =>
  value === 'lookalike' || value === 'mismatch';

export function isReportWarning(value: unknown): value is ReportWarning {
  return (
    hasExactly(value, ['input', 'type', 'imitates', 'host', 'platform']) &&
    isString(value.input, MAX_INPUT_LENGTH) &&
    value.input !== '' &&
    isWarningType(value.type) &&
    isToken(value.imitates) &&
    isString(value.host, MAX_HOSTNAME_LENGTH) &&
    value.host !== '' &&
    (value.platform === null || isToken(value.platform))
  );
}

const FRAME_REPORT_KEYS = ['url', 'hostname', 'active', 'items', 'truncated', 'startedAt'];
const FRAME_REPORT_KEYS_WITH_WARNINGS = [...FRAME_REPORT_KEYS, 'warnings'];

/** No `warnings` key, or a list of one to MAX_REPORT_ITEMS valid warnings. */
function hasValidWarnings(value: Fields): boolean {
  if (!Object.hasOwn(value, 'warnings')) return hasExactly(value, FRAME_REPORT_KEYS);
  const warnings = value.warnings;
  return (
    hasExactly(value, FRAME_REPORT_KEYS_WITH_WARNINGS) &&
    Array.isArray(warnings) &&
    warnings.length > 0 &&
    warnings.length <= MAX_REPORT_ITEMS &&
    warnings.every(isReportWarning)
  );
}

export function isFrameReport(value: unknown): value is FrameReport {
  return (
    isObject(value) &&
    hasValidWarnings(value) &&
    typeof value.startedAt === 'number' &&
    Number.isFinite(value.startedAt) &&
    value.startedAt >= 0 &&
    isString(value.url, MAX_URL_LENGTH) &&
    isString(value.hostname, MAX_HOSTNAME_LENGTH) &&
    typeof value.active === 'boolean' &&
    typeof value.truncated === 'boolean' &&
    Array.isArray(value.items) &&
    value.items.length <= MAX_REPORT_ITEMS &&
    value.items.every(isReportItem)
  );
}

function isFrameEntry(value: unknown): value is FrameEntry {
  if (!isObject(value) || !isId(value.frameId)) return false;
  const { frameId: _, ...report } = value;
  return isFrameReport(report);
}

/** Validates the background's answer to get-tab-report. */
export function parseTabReport(value: unknown): TabReport | null {
  if (!hasExactly(value, ['tabId', 'frames']) || !isId(value.tabId)) return null;
  const frames = value.frames;
  if (!Array.isArray(frames) || frames.length > MAX_FRAMES || !frames.every(isFrameEntry)) {
    return null;
  }
  return value as unknown as TabReport;
}

function isItemGroup(value: unknown): value is ItemGroup {
  return (
    hasExactly(value, ['kind', 'platform', 'scope', 'outcome']) &&
    isKind(value.kind) &&
    isToken(value.platform) &&
    isToken(value.scope) &&
    isOutcome(value.outcome)
  );
}

const isHttpUrl = (value: unknown): value is string =>
  isString(value, MAX_URL_LENGTH) && /^https?:\/\//i.test(value);

/** One validator per message the background receives, by type. */
const BACKGROUND_VALIDATORS: {
  [T in BackgroundMessage['type']]: (value: Fields) => boolean;
} = {
  'frame-report': (value) => hasExactly(value, ['type', 'report']) && isFrameReport(value.report),
  'frame-gone': (value) => hasExactly(value, ['type']),
  'get-tab-report': (value) => hasExactly(value, ['type', 'tabId']) && isId(value.tabId),
  'check-link': (value) =>
    hasExactly(value, ['type', 'url', 'tabId', 'frameId']) &&
    isHttpUrl(value.url) &&
    (value.tabId === null || isId(value.tabId)) &&
    (value.frameId === null || isId(value.frameId)),
};

/** The message typed when it is one the background handles and is well formed; else null. */
export function parseBackgroundMessage(value: unknown): BackgroundMessage | null {
  if (!isObject(value) || typeof value.type !== 'string') return null;
  if (!Object.hasOwn(BACKGROUND_VALIDATORS, value.type)) return null;
  const valid = BACKGROUND_VALIDATORS[value.type as BackgroundMessage['type']](value);
  return valid ? (value as unknown as BackgroundMessage) : null;
}

/** The message typed when it is one the content script handles and is well formed; else null. */
export function parseContentMessage(value: unknown): ContentMessage | null {
  if (
    hasExactly(value, ['type', 'group', 'ordinal']) &&
    value.type === 'show-item' &&
    isItemGroup(value.group) &&
    isId(value.ordinal)
  ) {
    return value as unknown as ShowItemMessage;
  }
  return null;
}

export function parseShowResult(value: unknown): ShowResult | null {
  return hasExactly(value, ['found']) && typeof value.found === 'boolean'
    ? (value as unknown as ShowResult)
    : null;
}

export function isAcknowledgement(value: unknown): value is Acknowledgement {
  return hasExactly(value, ['ok']) && value.ok === true;
}

/** The key of an item group, e.g. "url|taobao|group|copy". */
export function groupKey(group: ItemGroup): string {
  return `${group.kind}|${group.platform}|${group.scope}|${group.outcome}`;
}

/** Whether an item belongs to a group. */
export function inGroup(item: ReportItem, group: ItemGroup): boolean {
  return (
    item.kind === group.kind &&
    item.platform === group.platform &&
    item.outcomes[group.scope] === group.outcome
  );
}
