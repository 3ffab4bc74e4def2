import browser from 'webextension-polyfill';
import { logError, recordUncaughtErrors } from '../shared/error-log';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { ContentApp } from './content-app';
import { answerMessage } from './content-messages';
import { markReady } from './ready';

const extensionBase = browser.runtime.getURL('');
recordUncaughtErrors('content', (where) => where.includes(extensionBase));
markReady(document);

const reportError = (error: unknown) => logError('content', error);

loadSettings().then((parsed) => {
  const app = new ContentApp(document, parsed, reportError);
  app.apply(parsed);
  onSettingsChanged((next) => app.apply(next));
  browser.runtime.onMessage.addListener((request: unknown) => answerMessage(app, request));
}, reportError);
