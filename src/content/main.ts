/**
 * The content script's work in a page (content-main.js), imported by the loader (loader.ts) once
 * the page has loaded, or once the background found its load stalled (background/stalled-load.ts):
 * settings, the content app, the popup's requests and the frame reports.
 */
import browser from 'webextension-polyfill';
import { logError, recordUncaughtErrors } from '../shared/error-log';
import { type BackgroundMessage, isAcknowledgement } from '../shared/messages';
import type { ParsedSettings } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { ContentApp } from './content-app';
import { answerMessage, buildFrameReport } from './report/frame-answers';
import { scheduleReports } from './report/report-scheduler';

const extensionBase = browser.runtime.getURL('');
recordUncaughtErrors('content', (where) => where.includes(extensionBase));

const reportError = (error: unknown) => logError('content', error);

/** Tells the background; a background that is restarting or an extension being updated is fine. */
function tell(message: BackgroundMessage): void {
  browser.runtime.sendMessage(message).then(
    (answer: unknown) => {
      if (!isAcknowledgement(answer))
        reportError(new Error(`${message.type} was not acknowledged`));
    },
    () => {},
  );
}

// Listening starts before the first read, so a change made while it is under way is not lost:
// the latest settings read wins, whichever arrives first.
let app: ContentApp | null = null;
let newer: ParsedSettings | null = null;
onSettingsChanged((next) => {
  if (app) app.apply(next);
  else newer = next;
});

loadSettings().then((read) => {
  const parsed = newer ?? read;
  const started = new ContentApp(document, parsed, reportError);
  app = started;
  started.apply(parsed);
  browser.runtime.onMessage.addListener((request: unknown) => answerMessage(started, request));
  scheduleReports(document, window === window.top, () => buildFrameReport(started, document), {
    report: (report) => tell({ type: 'frame-report', report }),
    gone: () => tell({ type: 'frame-gone' }),
  });
}, reportError);
