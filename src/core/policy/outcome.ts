/**
 * What happens when a link is tapped in a chat:
 * - direct: opens inside the chat app;
 * - warn: opens after the app's safety page, once the user taps "continue";
 * - copy: does not open; the app asks the user to long-press, copy the URL and use a browser;
 * - blocked: access stopped outright;
 * - unknown: no rule covers it.
 */
export type Outcome = 'direct' | 'warn' | 'copy' | 'blocked' | 'unknown';

export const OUTCOMES: readonly Outcome[] = ['direct', 'warn', 'copy', 'blocked', 'unknown'];
