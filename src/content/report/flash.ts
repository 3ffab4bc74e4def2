/**
 * The popup's "show": scrolls an element into view and flashes an outline around it for 1.5 s.
 * The outline is a Web Animation, not a style or class on the page: nothing in the page's DOM
 * changes, layout does not move (an outline takes no space), and when the animation ends the
 * element is exactly as it was. With prefers-reduced-motion the outline holds still and the
 * scroll jumps instead of gliding.
 */
const FLASH_MS = 1500;
const COLOURS = ['#e8590c', '#ffd43b'];

/** The keyframes of the flash: a pulsing outline, or a steady one when motion is reduced. */
function flashKeyframes(reducedMotion: boolean): Keyframe[] {
  const frame = (colour: string): Keyframe => ({
    outlineStyle: 'solid',
    outlineWidth: '3px',
    outlineOffset: '2px',
    outlineColor: colour,
  });
  if (reducedMotion) return [frame(COLOURS[0] as string), frame(COLOURS[0] as string)];
  return [0, 1, 0, 1, 0, 1, 0].map((index) => frame(COLOURS[index] as string));
}

function prefersReducedMotion(view: Window | null): boolean {
  return view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

export function showElement(element: Element): void {
  const reduced = prefersReducedMotion(element.ownerDocument.defaultView);
  element.scrollIntoView({
    block: 'center',
    inline: 'nearest',
    behavior: reduced ? 'auto' : 'smooth',
  });
  if (typeof element.animate !== 'function') return;
  for (const animation of element.getAnimations?.() ?? []) {
    if (animation.id === 'cll-flash') animation.cancel();
  }
  element.animate(flashKeyframes(reduced), { duration: FLASH_MS, id: 'cll-flash' });
}
