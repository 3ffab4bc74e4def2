// Scrolls a page from top to bottom a viewport at a time, letting each view render, then back to
// the top: the badges are drawn as they come near the viewport, so a full-page screenshot taken
// afterwards shows every one of them, as a reader scrolling the page would see them.

/** @param {import('puppeteer-core').Page} page */
export async function scrollThrough(page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const settle = async () => {
      for (let i = 0; i < 3; i++) await frame();
    };
    const end = document.documentElement.scrollHeight;
    for (let y = 0; y <= end; y += Math.max(200, window.innerHeight)) {
      window.scrollTo(0, y);
      await settle();
    }
    window.scrollTo(0, 0);
    await settle();
  });
}
