import browser from 'webextension-polyfill';

/**
 * The extension's own error log: uncaught errors and unhandled rejections from its pages, its
 * background and its content scripts, kept in storage.local (the last few only) so that a user
 * can report them and the end-to-end tests can assert there are none, in both browsers alike.
 */
const ERROR_LOG_KEY = 'errorLog';
const MAX_ENTRIES = 20;

export interface LoggedError {
  context: string;
  message: string;
  at: number;
}

function parseErrorLog(value: unknown): LoggedError[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (entry): entry is LoggedError =>
      typeof entry === 'object' &&
      entry !== null &&
      typeof entry.context === 'string' &&
      typeof entry.message === 'string' &&
      typeof entry.at === 'number',
  );
}

let pending: Promise<void> = Promise.resolve();

/** Appends one entry; writes are chained so concurrent errors are all kept. */
export function logError(context: string, error: unknown): Promise<void> {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  pending = pending
    .then(async () => {
      const stored = await browser.storage.local.get(ERROR_LOG_KEY);
      const log = parseErrorLog(stored[ERROR_LOG_KEY]);
      log.push({ context, message: message.slice(0, 500), at: Date.now() });
      await browser.storage.local.set({ [ERROR_LOG_KEY]: log.slice(-MAX_ENTRIES) });
    })
    .catch(() => {
      // Storage itself failed (extension reloaded, quota): nothing better can be done.
    });
  return pending;
}

/**
 * Records uncaught errors and unhandled rejections raised by the extension's own code in this
 * global scope. `isOurs` is given the error's file name or stack: a content script shares the
 * page's window events and must not log the page's own errors.
 */
export function recordUncaughtErrors(
  context: string,
  isOurs: (fileOrStack: string) => boolean = () => true,
): void {
  globalThis.addEventListener('error', (event) => {
    const where = `${event.filename ?? ''} ${event.error instanceof Error ? event.error.stack : ''}`;
    if (isOurs(where)) logError(context, event.error ?? event.message);
  });
  globalThis.addEventListener('unhandledrejection', (event) => {
    const reason: unknown = event.reason;
    if (isOurs(reason instanceof Error ? (reason.stack ?? '') : '')) logError(context, reason);
  });
}
