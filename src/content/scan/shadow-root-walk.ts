/** Elements looked at between two looks at the idle deadline. */
const STEP = 256;

/**
 * Walks every element of a document in idle moments, outside the work queue, handing each to
 * `visit` (which looks for its open shadow root): a walk over every element is a whole-page cost
 * most pages can wait for. `stopped` ends the walk early.
 */
export function walkWhenIdle(
  doc: Document,
  visit: (element: Element) => void,
  stopped: () => boolean,
  onError: (error: unknown) => void,
): void {
  const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_ELEMENT);
  const step = (deadline?: IdleDeadline) => {
    if (stopped()) return;
    try {
      for (let seen = 1, node = walker.nextNode(); node; seen++, node = walker.nextNode()) {
        visit(node as Element);
        if (seen % STEP === 0 && (deadline?.timeRemaining() ?? 0) < 2) {
          whenIdle(step);
          return;
        }
      }
    } catch (error) {
      onError(error);
    }
  };
  whenIdle(step);
}

/** Runs `task` when the browser is idle (or soon, where requestIdleCallback is missing). */
function whenIdle(task: (deadline?: IdleDeadline) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}
