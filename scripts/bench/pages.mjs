// Generated benchmark pages. Each carries a small main-world probe that records, for every pass
// the content script completes, the time right after forcing layout (so badge layout is counted),
// and the long tasks of the page; and a baseline the benchmark runs in the same browser.
import { ordinaryUrl, platformUrl } from './inputs.mjs';
import { seededRandom } from './random.mjs';

const PROBE = `
window.__passes = [];
new MutationObserver(() => {
  const n = Number(document.documentElement.getAttribute('data-cll-passes'));
  if (!n) return;
  void document.body.offsetHeight;
  window.__passes.push({ n, at: performance.now() });
}).observe(document.documentElement, { attributes: true, attributeFilter: ['data-cll-passes'] });
window.__longTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
} catch {}
window.__insertFloor = () => {
  const link = document.querySelectorAll('a[href]')[window.__matches[window.__matches.length >> 1] ?? 0];
  void document.body.offsetHeight;
  const t0 = performance.now();
  link?.after(document.createElement('span'));
  void document.body.offsetHeight;
  return performance.now() - t0;
};
window.__appendBaseline = (html) => {
  const template = document.createElement('template');
  template.innerHTML = html;
  const links = [...template.content.querySelectorAll('a[href]')];
  document.getElementById('list').append(template.content);
  void document.body.offsetHeight;
  const t0 = performance.now();
  let total = 0;
  for (let i = 0; i < links.length; i++) {
    const href = links[i].href;
    total += href.length;
    if (i % 5 === 0) links[i].after(document.createElement('span'));
  }
  void document.body.offsetHeight;
  return { ms: performance.now() - t0, total };
};
window.__baseline = (insert) => {
  const matches = new Set(window.__matches);
  const t0 = performance.now();
  const links = document.querySelectorAll('a[href]');
  let total = 0;
  for (let i = 0; i < links.length; i++) {
    const href = links[i].href;
    total += href.length;
    if (insert && matches.has(i)) links[i].after(document.createElement('span'));
  }
  void document.body.offsetHeight;
  return { ms: performance.now() - t0, total };
};
`;

/**
 * A page of `links` paragraphs with one link each; `matching` of them (spread evenly) go to
 * shopping platforms. window.__matches lists their indices for the baseline.
 */
/** @param {{ links: number, matching: number, seed?: number }} options */
export function linkPage({ links, matching, seed = 7 }) {
  const random = seededRandom(seed);
  const every = matching > 0 ? links / matching : Number.POSITIVE_INFINITY;
  /** @type {number[]} */
  const matches = [];
  const rows = [];
  for (let i = 0; i < links; i++) {
    const isMatch = matching > 0 && Math.floor(i % every) === 0 && matches.length < matching;
    if (isMatch) matches.push(i);
    const href = isMatch ? platformUrl(random, i) : ordinaryUrl(random, i);
    rows.push(
      `<p>Item ${i + 1}: <a href="${href.replace(/&/g, '&amp;')}">offer number ${i + 1}</a> and some words.</p>`,
    );
  }
  return page(
    `<script>window.__matches=${JSON.stringify(matches)};${PROBE}</script>\n<div id="list">${rows.join('\n')}</div>`,
  );
}

/** A plain article of `words` words and no links. */
/** @param {{ words: number, seed?: number }} options */
export function articlePage({ words, seed = 11 }) {
  const random = seededRandom(seed);
  const vocabulary = [
    'the',
    'rice',
    'cooker',
    'market',
    'chat',
    'group',
    'link',
    'policy',
    'open',
    'share',
    'people',
    'price',
    'review',
    'steam',
    'morning',
    'family',
    'kitchen',
    'daily',
    'simple',
    'quality',
  ];
  const paragraphs = [];
  /** @type {string[]} */
  let sentence = [];
  for (let i = 0; i < words; i++) {
    sentence.push(vocabulary[Math.floor(random() * vocabulary.length)] ?? 'word');
    if (sentence.length >= 80) {
      paragraphs.push(`<p>${sentence.join(' ')}.</p>`);
      sentence = [];
    }
  }
  if (sentence.length) paragraphs.push(`<p>${sentence.join(' ')}.</p>`);
  return page(`<script>${PROBE}</script><article>${paragraphs.join('\n')}</article>`);
}

/**
 * Extra links for the append case: `count` paragraphs, a fifth of them to platforms (every fifth,
 * from the first: the append baseline inserts after those).
 */
/** @param {number} count @param {number} offset @param {number} [seed] */
export function extraLinksHtml(count, offset, seed = 13) {
  const random = seededRandom(seed + offset);
  const rows = [];
  for (let i = 0; i < count; i++) {
    const href = i % 5 === 0 ? platformUrl(random, offset + i) : ordinaryUrl(random, offset + i);
    rows.push(`<p>More ${offset + i}: <a href="${href.replace(/&/g, '&amp;')}">offer</a></p>`);
  }
  return rows.join('');
}

/** @param {string} body */
function page(body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body>${body}</body></html>`;
}
