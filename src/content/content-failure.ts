import { logError } from '../shared/error-log';

/**
 * Records that the content script's work (content-main.js) could not be loaded. A module of its
 * own, imported by the loader only then, so that the loader the browser injects into every page
 * stays a few hundred bytes (the extension API wrapper and the error log are not in it).
 */
export function reportFailure(error: unknown): Promise<void> {
  return logError('content', error);
}
