import browser from 'webextension-polyfill';
import { recordUncaughtErrors } from '../shared/error-log';
import { markReady } from './ready';

const extensionBase = browser.runtime.getURL('');
recordUncaughtErrors('content', (where) => where.includes(extensionBase));
markReady(document);
