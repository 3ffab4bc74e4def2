/** Resolves after pending microtasks and a timer turn (MutationObserver, MessageChannel, frames). */
export function settle(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
