/**
 * The content script's work in a page (content-main.js), imported by the loader (loader.ts) once
 * the page has loaded: settings, the content app, messages and reports.
 */
import browser from 'webextension-polyfill';
import { scheduleReports } from '../content-bridge/report-scheduler';
import { logError, recordUncaughtErrors } from '../shared/error-log';
import { type BackgroundMessage, isAcknowledgement } from '../shared/messages';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { ContentApp } from './content-app';
import { answerMessage, buildFrameReport } from './content-messages';

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

loadSettings().then((parsed) => {
  const app = new ContentApp(document, parsed, reportError);
  app.apply(parsed);
  onSettingsChanged((next) => app.apply(next));
  browser.runtime.onMessage.addListener((request: unknown) => answerMessage(app, request));
  scheduleReports(document, window === window.top, () => buildFrameReport(app, document), {
    report: (report) => tell({ type: 'frame-report', report }),
    gone: () => tell({ type: 'frame-gone' }),
  });
}, reportError);
