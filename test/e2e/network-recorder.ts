/**
 * Records the network requests of a browser from three places at once, for the privacy test:
 *
 * - in the browser, per context: every page (puppeteer's request events) and, in Chromium, every
 *   service worker (the DevTools Network domain); in Firefox, WebDriver BiDi's network events of
 *   every browsing context;
 * - at the test server: every request that reaches 127.0.0.1, with its Origin and Referer;
 * - at a recording proxy the browser is launched behind: every request to any other host,
 *   whichever part of the browser made it (Firefox's background page included, which no
 *   browsing context covers).
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CDPSession, HTTPRequest, Page, Target } from 'puppeteer-core';
import { type BrowserKind, type LaunchedBrowser, launch } from './harness';

/** One request as the browser reported it. */
export interface BrowserRequest {
  url: string;
  /** The URL of the document or worker that made it, as far as the browser says. */
  source: string;
  /** The script the browser names as its initiator (Chromium), or "". */
  initiator: string;
  /** The Origin header, where the browser reports headers (Firefox), or "". */
  origin: string;
  /** Which recorder saw it. */
  via: 'page' | 'worker' | 'bidi';
}

/** One request as a local server saw it. */
export interface ServedRequest {
  method: string;
  path: string;
  host: string;
  origin: string;
  referer: string;
}

const header = (message: IncomingMessage, name: string): string => {
  const value = message.headers[name];
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
};

/**
 * A recording HTTP proxy on 127.0.0.1 that lets nothing through: plain requests get 502, and
 * HTTPS tunnels (CONNECT host:443) are refused, so their host is all it learns.
 */
export async function recordingProxy() {
  const seen: ServedRequest[] = [];
  const server = createServer((request, response) => {
    let host = '';
    try {
      host = new URL(request.url ?? '').host;
    } catch {
      host = header(request, 'host');
    }
    seen.push({
      method: request.method ?? '',
      path: request.url ?? '',
      host,
      origin: header(request, 'origin'),
      referer: header(request, 'referer'),
    });
    response.writeHead(502).end();
  });
  server.on('connect', (request, socket) => {
    seen.push({
      method: 'CONNECT',
      path: request.url ?? '',
      host: request.url ?? '',
      origin: '',
      referer: '',
    });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  return listenRecording(server, seen);
}

/**
 * A front for a local server (such as serveFixtures) that writes down every request, with the
 * headers that tell who made it, before passing it on.
 */
export async function recordingFront(backend: string) {
  const seen: ServedRequest[] = [];
  const server = createServer((request, response) => {
    seen.push({
      method: request.method ?? '',
      path: request.url ?? '',
      host: header(request, 'host'),
      origin: header(request, 'origin'),
      referer: header(request, 'referer'),
    });
    const forward = httpRequest(
      `${backend}${request.url ?? '/'}`,
      { method: request.method, headers: { ...request.headers, host: new URL(backend).host } },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    forward.on('error', () => response.writeHead(502).end());
    request.pipe(forward);
  });
  return listenRecording(server, seen);
}

/**
 * Launches the browser with the extension behind a proxy: both browsers take the proxy from the
 * environment (http_proxy, https_proxy, all_proxy) when no desktop proxy settings exist, and
 * never send loopback addresses through it. The environment is put back after the launch. (Where
 * a desktop's proxy settings win, the privacy test's control step fails, rather than passing
 * without the proxy.)
 */
export async function launchBehindProxy(
  kind: BrowserKind,
  proxyOrigin: string,
): Promise<LaunchedBrowser> {
  const proxies = ['http_proxy', 'https_proxy', 'all_proxy'];
  const exceptions = ['no_proxy', 'NO_PROXY'];
  const names = [...proxies, ...exceptions];
  const saved = names.map((name) => process.env[name]);
  for (const name of proxies) process.env[name] = proxyOrigin;
  for (const name of exceptions) delete process.env[name];
  try {
    return await launch(kind);
  } finally {
    names.forEach((name, index) => {
      const value = saved[index];
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    });
  }
}

type BidiConnection = {
  on(event: string, handler: (params: unknown) => void): void;
};

type BidiRequestEvent = {
  context: string | null;
  request: { url: string; headers?: { name: string; value: { value?: string } }[] };
};

type BidiContextEvent = { context: string; url: string };

/** Everything the browser itself reports about requests, from every context it has. */
export class BrowserRequests {
  readonly all: BrowserRequest[] = [];
  private readonly pages = new WeakSet<Page>();
  private readonly sessions: CDPSession[] = [];

  private constructor(private readonly launched: LaunchedBrowser) {}

  /** Starts recording: every page and worker there is and will be (Chromium), or all of BiDi. */
  static async start(launched: LaunchedBrowser): Promise<BrowserRequests> {
    const recorder = new BrowserRequests(launched);
    if (launched.kind === 'firefox') {
      recorder.listenToBidi();
    } else {
      launched.browser.on('targetcreated', (target: Target) => {
        recorder.attach(target).catch(() => {});
      });
      await Promise.all(launched.browser.targets().map((target) => recorder.attach(target)));
    }
    return recorder;
  }

  /**
   * Records a page from before its first request (call it right after newPage, or in the
   * beforeLoad of openExtensionPage). In Firefox, BiDi already covers every page.
   */
  watch(page: Page): void {
    if (this.launched.kind === 'firefox' || this.pages.has(page)) return;
    this.pages.add(page);
    page.on('request', (request: HTTPRequest) => {
      const initiator = request.initiator();
      const stack = initiator?.stack?.callFrames.map((frame) => frame.url).join(' ') ?? '';
      this.all.push({
        url: request.url(),
        source: request.frame()?.url() || page.url(),
        initiator: `${initiator?.url ?? ''} ${stack}`.trim(),
        origin: request.headers().origin ?? '',
        via: 'page',
      });
    });
  }

  async stop(): Promise<void> {
    await Promise.all(this.sessions.map((session) => session.detach().catch(() => {})));
  }

  /** Chromium: pages by puppeteer's request events; the extension's workers by their own session. */
  private async attach(target: Target): Promise<void> {
    if (target.type() === 'page') {
      const page = await target.page();
      if (page) this.watch(page);
      return;
    }
    // The extension's own workers and background contexts (the browser's own are not its).
    if (!target.url().startsWith(this.launched.extensionOrigin)) return;
    const session = await target.createCDPSession();
    this.sessions.push(session);
    const source = target.url();
    session.on('Network.requestWillBeSent', (event) => {
      const stack = event.initiator.stack?.callFrames.map((frame) => frame.url).join(' ') ?? '';
      this.all.push({
        url: event.request.url,
        source,
        initiator: `${event.initiator.url ?? ''} ${stack}`.trim(),
        origin: event.request.headers.Origin ?? '',
        via: 'worker',
      });
    });
    await session.send('Network.enable');
  }

  /** Firefox: BiDi's network events, with the URL each browsing context had at the time. */
  private listenToBidi(): void {
    const connection = (this.launched.browser as unknown as { connection: BidiConnection })
      .connection;
    const urls = new Map<string, string>();
    const track = (params: unknown) => {
      const { context, url } = params as BidiContextEvent;
      urls.set(context, url);
    };
    connection.on('browsingContext.contextCreated', track);
    connection.on('browsingContext.navigationStarted', track);
    connection.on('browsingContext.navigationCommitted', track);
    connection.on('network.beforeRequestSent', (params) => {
      const { context, request } = params as BidiRequestEvent;
      const origin = request.headers?.find((entry) => entry.name.toLowerCase() === 'origin');
      this.all.push({
        url: request.url,
        source: (context && urls.get(context)) ?? '',
        initiator: '',
        origin: origin?.value.value ?? '',
        via: 'bidi',
      });
    });
  }
}

/** Whether a URL leaves the browser at all (extension files, data: and blob: never do). */
export function isNetwork(url: string): boolean {
  return /^(https?|wss?|ftp):/i.test(url);
}

/** Whether a URL, origin or initiator names an extension (any extension id or UUID). */
export function namesExtension(text: string): boolean {
  return /\b(chrome|moz)-extension:\/\//.test(text);
}

/** Starts a recording server on a free local port: its origin, what it saw, and how to close it. */
async function listenRecording(server: Server, seen: ServedRequest[]) {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
