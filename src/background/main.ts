import browser from 'webextension-polyfill';
import { recordUncaughtErrors } from '../shared/error-log';

recordUncaughtErrors('background');
browser.runtime.onInstalled.addListener(() => {
  // Nothing to migrate yet.
});
