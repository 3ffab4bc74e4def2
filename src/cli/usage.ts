export const USAGE = `Usage:
  chat-link-lens check [--at DATE|DATETIME] [--app wechat] [--ruleset FILE] [--base URL] [--json [--compact]] INPUT...
  chat-link-lens check [options] < inputs.txt        one input per line (blank lines are skipped)
  chat-link-lens rules [--app wechat] [--ruleset FILE] [--json]
  chat-link-lens --help | --version

Answers: would this link or share code open inside a chat of the app (one-to-one and group) at
that time? INPUT is a URL, a relative URL (with --base), or a text with share codes.

Options:
  --at       YYYY-MM-DD (the END of that day in China time, UTC+08:00) or an ISO 8601 date-time
             with an offset, e.g. 2021-11-29T20:00+08:00. Default: now.
  --app      chat app whose rules apply (default: wechat).
  --ruleset  a custom ruleset (JSON) to use instead of the shipped one; it is validated first.
  --base     base URL for relative inputs.
  --json     one JSON object per input, one per line, in input order.
  --compact  with --json: small records (input, kind, platform, per scope [outcome, rule,
             evidence], warning types); join the rest by rule id from "rules --json".

Exit status: 0 done; 1 some input lines could not be read (each has an "error" record);
2 bad arguments (one line on stderr, nothing on stdout).`;
