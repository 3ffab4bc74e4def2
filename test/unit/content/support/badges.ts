/** Test helpers that reach a badge through its host element, as the page sees it. */
import { Badge, type Segment } from '../../../../src/content/draw/badge';

/** The badge of a host; throws for anything that is not one of ours. */
export function badgeOf(host: unknown): Badge {
  const badge = Badge.of(host);
  if (!badge) throw new Error('not a badge host');
  return badge;
}

/** A host's segment for a scope; null for an unknown scope or for no badge host. */
export function segmentOf(host: unknown, scope: string): Segment | null {
  return Badge.of(host)?.segment(scope) ?? null;
}

export function isDrawn(host: unknown): boolean {
  return Badge.of(host)?.drawn ?? false;
}
