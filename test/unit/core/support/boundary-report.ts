/**
 * Evaluates every boundary case and the time helpers into one JSON-able report. Used in-process
 * by the tests and, bundled with esbuild, in child processes run under different TZ values.
 */
import {
  chinaDateOf,
  endOfChinaDay,
  formatChinaTime,
  parsePolicyDate,
} from '../../../../src/core/policy/china-time';
import { evaluate } from '../../../../src/core/policy/evaluate';
import { BOUNDARY_CASES, FORMAT_INSTANTS, PARSE_TEXTS } from './boundary-cases';

export interface CaseResult {
  name: string;
  outcome: string;
  rule: string | null;
  since: string | null;
  until: string | null;
  beyondRecord: boolean;
}

export interface Report {
  cases: CaseResult[];
  parsed: { text: string; result: string }[];
  formatted: { ms: number; iso: string; day: string; endOfDay: number | null }[];
}

/** Runs every case; throws if a case's instant does not parse. */
export function computeReport(): Report {
  const cases = BOUNDARY_CASES.map((c) => {
    const parsed = parsePolicyDate(c.at);
    if (!parsed.ok) throw new Error(`case ${c.name}: ${parsed.error}`);
    const v = evaluate(c.input, { app: 'wechat', scope: c.scope, at: parsed.at });
    return {
      name: c.name,
      outcome: v.outcome,
      rule: v.rule,
      since: v.since,
      until: v.until,
      beyondRecord: v.beyondRecord,
    };
  });
  const parsed = PARSE_TEXTS.map((text) => {
    const result = parsePolicyDate(text);
    return { text, result: result.ok ? formatChinaTime(result.at) : `error: ${result.error}` };
  });
  const formatted = FORMAT_INSTANTS.map((ms) => {
    const day = chinaDateOf(ms);
    return { ms, iso: formatChinaTime(ms), day, endOfDay: endOfChinaDay(day) };
  });
  return { cases, parsed, formatted };
}
