import browser from 'webextension-polyfill';
import { recordUncaughtErrors } from '../shared/error-log';
import { localizePage } from './localize-page';

recordUncaughtErrors('popup');
localizePage(document, (key) => browser.i18n.getMessage(key));
document.documentElement.lang = browser.i18n.getUILanguage();
