/**
 * Resumable jobs for the content script's sliced queue: each looks at a step of nodes and queues
 * itself again (through `requeue`) until it is done, so that no job is a long task.
 */

/** A unit of work in the content script's sliced queue. */
export type Job = () => void;

/** Nodes looked at per job of a walk: small enough to keep slices short. */
export const STEP = 256;

/** A job over a node list (from index `from`), a step at a time. */
export function eachStep<T extends Node>(
  list: ArrayLike<T>,
  visit: (node: T) => void,
  requeue: (job: Job) => void,
  from = 0,
): Job {
  let index = from;
  const step = () => {
    const end = Math.min(list.length, index + STEP);
    for (; index < end; index++) visit(list[index] as T);
    if (index < list.length) requeue(step);
  };
  return step;
}

/** A job that visits the nodes under `root` of the kinds `what` (NodeFilter), a step at a time. */
export function walkStep(
  doc: Document,
  root: Node,
  what: number,
  visit: (node: Node) => void,
  requeue: (job: Job) => void,
): Job {
  const walker = doc.createTreeWalker(root, what);
  const step = () => {
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      visit(node);
      if (++seen >= STEP) {
        requeue(step);
        return;
      }
    }
  };
  return step;
}
