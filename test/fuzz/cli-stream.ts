/**
 * Streams seeded random bytes, mixed with good lines, NUL bytes, broken UTF-8 and 10 MB lines,
 * to `chat-link-lens check --json` on stdin, and checks every record it writes against the lines
 * sent, while it polls the child's peak memory. The unit tests send 100 MB, `npm run fuzz` 1 GB.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { DEFAULT_MAX_LINE_BYTES } from '../../src/cli/line-reader';

export interface CliStreamOptions {
  /** Path of the bundled CLI. */
  cli: string;
  /** Bytes to send, at least. */
  bytes: number;
  seed: number;
  /** Runs `check --json --compact` (answers carry a key per scope instead of `verdicts`). */
  compact?: boolean;
  /** Called now and then with the bytes sent so far. */
  onProgress?: (sent: number) => void;
}

export interface CliStreamReport {
  bytesSent: number;
  seconds: number;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** Lines sent, blank ones included. */
  lines: number;
  /** Lines with a link or code of a known platform, sent on purpose. */
  goodLines: number;
  /** Good lines answered with the right platform and verdicts. */
  goodAnswered: number;
  /** Other readable lines (random bytes that happen to be UTF-8, text with NUL bytes…). */
  otherLines: number;
  /** Lines that cannot be read: too long or not UTF-8. */
  badLines: number;
  /** Of those, lines longer than the reader's limit. */
  longLines: number;
  /** "error" records on stdout, each matching its bad line. */
  errorRecords: number;
  /** "line N: …" lines on stderr, each matching a bad line. */
  stderrErrors: number;
  /** Anything else the CLI wrote on stderr (first lines only). */
  stderrOther: string[];
  /** Records that did not match the line sent, or lines without a record (first ones only). */
  mismatches: string[];
  /** Peak resident memory of the CLI (VmHWM), in kB; null where /proc is missing. */
  peakRssKb: number | null;
}

const PREVIEW_BYTES = 80;
const MAX_LINE = DEFAULT_MAX_LINE_BYTES;
const MAX_REPORTED = 20;

/** Good lines and the platform each must be answered with. */
const GOOD: readonly [string, string][] = [
  ['https://item.taobao.com/item.htm?id=1', 'taobao'],
  ['https://item.jd.com/100012043978.html', 'jd'],
  ['https://mobile.yangkeduo.com/goods.html?goods_id=3', 'pinduoduo'],
  ['https://www.google.com/url?q=https%3A%2F%2Fdetail.tmall.com%2Fitem.htm%3Fid%3D2', 'tmall'],
  ['复制这段描述￥MDGGba1MLQh￥后到淘宝', 'taobao'],
  ['  20:/！MDGGba1MLQh！京东 \t', 'jd'],
  ['\ufeffhttps://m.tb.cn/h.3n52vLA', 'taobao'],
  ['see\u0000https://item.jd.com/1.html\u0000 (NUL bytes)', 'jd'],
  ['看看 👉 https://v.douyin.com/abc/ 🎵', 'douyin'],
];

/** Readable lines of no platform: answered with kind "none". */
const OTHER: readonly string[] = [
  '\u0000',
  'abc\u0000\u0001\u007f',
  'https://example.org/',
  'ŝtrange ☃',
];

/** Lines that are not UTF-8 (overlong, surrogate, too large, cut short, lone continuation). */
const BROKEN: readonly number[][] = [
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xe4, 0xbd],
  [0x80],
  [0xff, 0xfe],
];

/** A fast seeded generator (xorshift32). */
class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed | 0 || 0x9e3779b9;
  }
  next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x;
    return x >>> 0;
  }
  below(n: number): number {
    return this.next() % n;
  }
  bytes(length: number): Uint8Array {
    const words = new Uint32Array(Math.ceil(length / 4));
    for (let i = 0; i < words.length; i++) words[i] = this.next();
    return new Uint8Array(words.buffer, 0, length);
  }
}

type Expected =
  | { line: number; error: string; preview: string }
  | { line: number; input: string; platform: string | null };

const encoder = new TextEncoder();
const fatal = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/**
 * Cuts the bytes sent into lines as the CLI documents it, and says what each line must get:
 * an error record (over-long, or not UTF-8 once a trailing "\r" is dropped), an answer for its
 * trimmed text, or nothing for a blank line.
 */
class LineOracle {
  lines = 0;
  badLines = 0;
  longLines = 0;
  otherLines = 0;
  goodLines = 0;
  private head: Uint8Array[] = [];
  private headLength = 0;
  private length = 0;
  /** The platform of each good line sent, by its trimmed text. */
  readonly platforms = new Map<string, string>();

  constructor(private readonly expect: (entry: Expected) => void) {}

  feed(chunk: Uint8Array): void {
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(0x0a, start);
      const end = newline === -1 ? chunk.length : newline;
      this.keep(chunk.subarray(start, end));
      if (newline === -1) return;
      this.endLine();
      start = newline + 1;
    }
  }

  /** Ends the last line if the input does not end with a newline. */
  finish(): void {
    if (this.length > 0) this.endLine();
  }

  private keep(piece: Uint8Array): void {
    this.length += piece.length;
    const room = MAX_LINE + 1 - this.headLength;
    if (room > 0 && piece.length > 0) {
      const kept = piece.slice(0, room);
      this.head.push(kept);
      this.headLength += kept.length;
    }
  }

  private endLine(): void {
    const number = ++this.lines;
    const bytes = Buffer.concat(this.head);
    const length = this.length;
    this.head = [];
    this.headLength = 0;
    this.length = 0;
    if (length > MAX_LINE) {
      this.badLines++;
      this.longLines++;
      const preview = lenient.decode(bytes.subarray(0, PREVIEW_BYTES));
      this.expect({ line: number, error: `line is longer than ${MAX_LINE} bytes`, preview });
      return;
    }
    const body = bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, -1) : bytes;
    let text: string;
    try {
      text = fatal.decode(body);
    } catch {
      this.badLines++;
      const preview = lenient.decode(body.subarray(0, PREVIEW_BYTES));
      this.expect({ line: number, error: 'line is not valid UTF-8', preview });
      return;
    }
    const input = text.trim();
    if (input === '') return;
    const platform = this.platforms.get(input) ?? null;
    if (platform === null) this.otherLines++;
    else this.goodLines++;
    this.expect({ line: number, input, platform });
  }
}

/** The next piece of input: random bytes mostly, now and then a line of one of the other kinds. */
function* pieces(
  random: Random,
  total: number,
  platforms: Map<string, string>,
): Generator<Uint8Array> {
  const line = (text: string | Uint8Array) =>
    Buffer.concat([
      Buffer.from('\n'),
      typeof text === 'string' ? encoder.encode(text) : text,
      Buffer.from(random.below(2) === 0 ? '\n' : '\r\n'),
    ]);
  const longLine = () => {
    const size = 10 * 1024 * 1024 + random.below(1024);
    const body = random.below(2) === 0 ? new Uint8Array(size).fill(0x78) : random.bytes(size);
    // No newline inside: random bytes get 0x0a replaced.
    for (let i = body.indexOf(0x0a); i !== -1; i = body.indexOf(0x0a, i + 1)) body[i] = 0x20;
    return line(body);
  };
  const good = (filler: string) => {
    const [text, platform] = GOOD[random.below(GOOD.length)] ?? ['', ''];
    // The CLI answers the trimmed line (trim() also drops a byte-order mark).
    platforms.set(`${filler}${text}`.trim(), platform);
    return line(`${filler}${text}`);
  };
  /** A good line of almost the reader's limit, its link or code at the end. */
  const nearLimit = () => good(' 看看 a.b '.repeat(Math.floor((MAX_LINE - 4096) / 12)));
  const other = () => line(OTHER[random.below(OTHER.length)] ?? '');
  const broken = () => {
    const bytes = BROKEN[random.below(BROKEN.length)] ?? [];
    return line(Buffer.concat([Buffer.from('abc'), Buffer.from(bytes), Buffer.from('def')]));
  };
  const randomBytes = () => random.bytes(1 + random.below(256 * 1024));
  /** Each kind with its weight (per mille). */
  const kinds: [number, () => Uint8Array][] = [
    [600, randomBytes],
    [300, () => good('')],
    [50, other],
    [40, broken],
    [7, () => line('')],
    [2, longLine],
    [1, nearLimit],
  ];
  let sent = 0;
  // Each kind once first, whatever the seed; then kinds by weight.
  const first = kinds.map(([, kind]) => kind);
  while (sent < total) {
    let kind = first.shift();
    for (let pick = random.below(1000), i = 0; kind === undefined; i++) {
      const [weight, candidate] = kinds[i] ?? [1000, randomBytes];
      if (pick < weight) kind = candidate;
      pick -= weight;
    }
    const piece = kind();
    sent += piece.length;
    yield piece;
  }
}

/** The child's peak resident memory in kB, from /proc; null when it cannot be read. */
function peakRss(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** Runs the CLI on the stream and checks its output line by line; resolves with a report. */
export async function streamBadInput(options: CliStreamOptions): Promise<CliStreamReport> {
  const started = performance.now();
  const args = [options.cli, 'check', '--json', '--at', '2022-02-01'];
  if (options.compact) args.push('--compact');
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const answered = (record: Record<string, unknown>) =>
    options.compact ? Array.isArray(record.private) : record.verdicts !== null;
  const mismatches: string[] = [];
  const mismatch = (text: string) => {
    if (mismatches.length < MAX_REPORTED) mismatches.push(text);
  };
  const stdoutQueue: Expected[] = [];
  const stderrQueue: number[] = [];
  let stdoutHead = 0;
  let stderrHead = 0;
  let errorRecords = 0;
  let stderrErrors = 0;
  let goodAnswered = 0;
  const stderrOther: string[] = [];
  const oracle = new LineOracle((entry) => {
    stdoutQueue.push(entry);
    if ('error' in entry) stderrQueue.push(entry.line);
  });
  const compact = (queue: unknown[], head: number) => {
    if (head > 4096 && head * 2 > queue.length) {
      queue.splice(0, head);
      return 0;
    }
    return head;
  };

  const onRecord = (text: string) => {
    const expected = stdoutQueue[stdoutHead];
    if (expected === undefined) {
      mismatch(`record for no line sent: ${text.slice(0, 200)}`);
      return;
    }
    stdoutHead = compact(stdoutQueue, stdoutHead + 1);
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(text) as Record<string, unknown>;
    } catch {
      mismatch(`line ${expected.line}: output is not JSON: ${text.slice(0, 200)}`);
      return;
    }
    if ('error' in expected) {
      errorRecords++;
      if (
        record.line !== expected.line ||
        record.error !== expected.error ||
        record.preview !== expected.preview
      ) {
        mismatch(`line ${expected.line}: expected error ${expected.error}: ${text.slice(0, 200)}`);
      }
      return;
    }
    if (record.input !== expected.input || !['url', 'code', 'none'].includes(String(record.kind))) {
      mismatch(`line ${expected.line}: answer does not match: ${text.slice(0, 200)}`);
      return;
    }
    if (expected.platform !== null) {
      if (record.platform === expected.platform && answered(record)) goodAnswered++;
      else mismatch(`line ${expected.line}: expected ${expected.platform}: ${text.slice(0, 200)}`);
    }
  };
  const onStderrLine = (text: string) => {
    const match =
      /^chat-link-lens: line (\d+): (line is longer than \d+ bytes|line is not valid UTF-8)$/.exec(
        text,
      );
    if (match === null) {
      if (stderrOther.length < MAX_REPORTED) stderrOther.push(text.slice(0, 300));
      return;
    }
    stderrErrors++;
    const expected = stderrQueue[stderrHead];
    stderrHead = compact(stderrQueue, stderrHead + 1);
    if (Number(match[1]) !== expected) mismatch(`stderr names line ${match[1]}, not ${expected}`);
  };
  const splitLines = (stream: NodeJS.ReadableStream, onLine: (line: string) => void) => {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      pending += chunk;
      let newline = pending.indexOf('\n');
      while (newline !== -1) {
        onLine(pending.slice(0, newline));
        pending = pending.slice(newline + 1);
        newline = pending.indexOf('\n');
      }
    });
    stream.on('end', () => {
      if (pending !== '') onLine(pending);
    });
  };
  splitLines(child.stdout, onRecord);
  splitLines(child.stderr, onStderrLine);

  let peakRssKb: number | null = null;
  const poll = setInterval(() => {
    if (child.pid === undefined) return;
    const rss = peakRss(child.pid);
    if (rss !== null) peakRssKb = Math.max(peakRssKb ?? 0, rss);
  }, 25);

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
    (resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code, signal) => resolve({ code, signal }));
    },
  );
  let stdinClosed = false;
  child.stdin.on('error', () => {
    stdinClosed = true;
  });

  let bytesSent = 0;
  let lastProgress = 0;
  const random = new Random(options.seed);
  for (const piece of pieces(random, options.bytes, oracle.platforms)) {
    if (stdinClosed) break;
    oracle.feed(piece);
    bytesSent += piece.length;
    if (!child.stdin.write(piece)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          child.stdin.off('drain', done);
          child.stdin.off('close', done);
          resolve();
        };
        child.stdin.on('drain', done);
        child.stdin.on('close', done);
      });
    }
    if (options.onProgress && bytesSent - lastProgress >= 64 * 1024 * 1024) {
      lastProgress = bytesSent;
      options.onProgress(bytesSent);
    }
  }
  oracle.finish();
  child.stdin.end();
  const { code, signal } = await exited;
  clearInterval(poll);

  for (const left of stdoutQueue.slice(stdoutHead, stdoutHead + MAX_REPORTED)) {
    mismatch(`line ${left.line}: no record`);
  }
  if (stderrQueue.length > stderrHead) {
    mismatch(`${stderrQueue.length - stderrHead} bad lines not named on stderr`);
  }
  return {
    bytesSent,
    seconds: (performance.now() - started) / 1000,
    exitCode: code,
    signal,
    lines: oracle.lines,
    goodLines: oracle.goodLines,
    goodAnswered,
    otherLines: oracle.otherLines,
    badLines: oracle.badLines,
    longLines: oracle.longLines,
    errorRecords,
    stderrErrors,
    stderrOther,
    mismatches,
    peakRssKb,
  };
}
