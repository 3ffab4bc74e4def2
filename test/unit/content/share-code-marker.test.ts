// @vitest-environment happy-dom
import fc from 'fast-check';
import './support/dom-shims';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isBadgeHost } from '../../../src/content/draw/badge';
import { BadgeFactory } from '../../../src/content/draw/badge-factory';
import { ShareCodeMarker } from '../../../src/content/place/share-code-marker';
import {
  isProse,
  mayHoldCodes,
  mightHoldCode,
  NOT_PROSE,
} from '../../../src/content/scan/code-text';
import { findShareCodes } from '../../../src/core/share-code/share-code';
import { segmentOf } from './support/badges';
import { makeEngine, type Settings, settings, TAOBAO_CODE, t } from './support/fixtures';

const CODE_TEXT = `复制这条${TAOBAO_CODE}到手机淘宝`;

function setup(change: Partial<Settings> = {}) {
  const engine = makeEngine();
  const classify = vi.spyOn(engine, 'classify');
  const current = settings({ policyDate: '2023-06-01', ...change });
  const context = engine.policyContext(current);
  const factory = new BadgeFactory(document, context.ruleset.scopes);
  const marker = new ShareCodeMarker(engine, document, factory, context, current, 'en', t);
  const update = (next: Partial<Settings>) => {
    const updated = settings({ policyDate: '2023-06-01', ...change, ...next });
    marker.update(engine.policyContext(updated), updated);
  };
  return { engine, classify, marker, update };
}

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} missing`);
  return element as T;
}

const textOf = (id: string) => byId(id).firstChild as Text;
const badges = (root: ParentNode = document) => [...root.querySelectorAll('cll-badge')];

beforeEach(() => {
  document.body.replaceChildren();
});

describe('mightHoldCode', () => {
  it.each([
    TAOBAO_CODE,
    'MDGGba1MLQh',
    '€08skb3DzfQC€ 打开手机淘宝即可查看',
    'abc12345678x',
    'text before helloWorldFooBar after',
    '#R4burF7MFa@',
    '分千万京豆万元大奖￥m3QnuAb2Rb￥dakai',
    '20.0复制整段话 http:/J01eyNkGXlyRZF 一起奔跑',
  ])('is true for %s', (text) => {
    expect(mightHoldCode(text)).toBe(true);
  });

  it('has no false negative against findShareCodes (property)', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '￥',
        '€',
        '#',
        '@',
        '%',
        '!',
        '！',
        '20:/',
        'http:/',
        'https://',
        '😆',
        ' ',
        '啊',
        '京东',
      ),
      fc.stringMatching(/^[0-9A-Za-z]{1,16}$/),
    );
    let found = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        if (findShareCodes(text).length === 0) return;
        found += 1;
        expect(mightHoldCode(text), text).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(found).toBeGreaterThan(20);
  });

  it.each([
    '',
    'short1A',
    'internationalization',
    'Constantinople',
    'HELLOWORLDSX',
    '12345678901234',
    '价格 ¥199.00，原价 ¥299.00',
    'abc-def-ghi-jkl',
  ])('is false for %s', (text) => {
    expect(mightHoldCode(text)).toBe(false);
  });
});

describe('mayHoldCodes', () => {
  it('reads the prose of a subtree, not its scripts and styles', () => {
    document.body.innerHTML = `
      <div id="prose"><p>${CODE_TEXT}</p></div>
      <div id="scripted"><script>var token = "Xq7pL2mN9vB4";</script><p>nothing here</p></div>
      <div id="styled"><style>.aB3dE5fG7hJ9 { color: red }</style><p>nothing here</p></div>
      <div id="plain"><p>¥199.00</p></div>`;
    expect(mayHoldCodes(byId('prose'))).toBe(true);
    expect(mayHoldCodes(byId('scripted'))).toBe(false);
    expect(mayHoldCodes(byId('styled'))).toBe(false);
    expect(mayHoldCodes(byId('plain'))).toBe(false);
    expect(mayHoldCodes(document)).toBe(true);
    expect(mayHoldCodes(byId('scripted').querySelector('script') as Element)).toBe(false);
  });

  it('reads a document as its body: a code its title or head data repeat still counts once', () => {
    document.body.innerHTML = `<p>${CODE_TEXT}</p>`;
    const title = document.createElement('title');
    title.textContent = CODE_TEXT;
    const data = document.createElement('script');
    data.textContent = JSON.stringify({ share: TAOBAO_CODE });
    document.head.append(title, data);
    try {
      expect(mayHoldCodes(document)).toBe(true);
      // In the body, data that repeats the visible text still cancels out its own copy only.
      document.body.innerHTML = `<script>${JSON.stringify({ share: TAOBAO_CODE })}</script>`;
      expect(mayHoldCodes(document)).toBe(false);
    } finally {
      title.remove();
      data.remove();
    }
  });

  it('skips the text of every element that is not prose, ours included', () => {
    expect(NOT_PROSE.split(', ')).toEqual([
      'script',
      'style',
      'noscript',
      'template',
      'textarea',
      'title',
      'cll-badge',
    ]);
    document.body.innerHTML = `<noscript>${CODE_TEXT}</noscript><p id="p">${CODE_TEXT}</p>`;
    expect(isProse(byId('p').firstChild as Text)).toBe(true);
    expect(isProse(document.querySelector('noscript')?.firstChild as Text)).toBe(false);
  });
});

describe('ShareCodeMarker.scan', () => {
  it('puts a badge after a text with a code, leaving the text as it was', () => {
    document.body.innerHTML = `<p id="p">${CODE_TEXT}</p>`;
    const { marker } = setup();
    const text = textOf('p');
    marker.scan(text);
    expect(text.data).toBe(CODE_TEXT);
    expect(byId('p').textContent).toBe(CODE_TEXT);
    const badge = text.nextSibling;
    expect(isBadgeHost(badge)).toBe(true);
    const host = badge as HTMLElement;
    expect(host.getAttribute('data-cll-platform')).toBe('taobao');
    expect(host.getAttribute('data-cll-category')).toBe('code');
    expect(host.getAttribute('data-cll-private')).toMatch(/^(direct|warn|copy|blocked|unknown)$/);
    expect(segmentOf(host, 'private')?.outcome).toBe(host.getAttribute('data-cll-private'));
    expect(marker.found()).toEqual([
      {
        item: {
          input: TAOBAO_CODE,
          platform: 'taobao',
          category: 'ecommerce',
          outcomes: {
            private: host.getAttribute('data-cll-private'),
            group: host.getAttribute('data-cll-group'),
          },
        },
        element: byId('p'),
      },
    ]);
  });

  it('gives each code of a text its own badge, in order', () => {
    document.body.innerHTML = `<p id="p">淘宝 ${TAOBAO_CODE} 和 €08skb3DzfQC€ 打开手机淘宝</p>`;
    const { marker } = setup();
    marker.scan(textOf('p'));
    expect(badges()).toHaveLength(2);
    expect(marker.found().map((entry) => entry.item.input)).toEqual([TAOBAO_CODE, '€08skb3DzfQC€']);
    expect(textOf('p').nextSibling).toBe(badges()[0]);
    expect(badges()[0]?.nextSibling).toBe(badges()[1]);
  });

  it('puts the badge after the link when the code is a link text, never inside it', () => {
    document.body.innerHTML = `<p id="p"><a id="a" href="https://example.com/"><b id="b">${CODE_TEXT}</b></a> tail</p>`;
    const { marker } = setup();
    marker.scan(textOf('b'));
    expect(badges(byId('a'))).toHaveLength(0);
    expect(isBadgeHost(byId('a').nextSibling)).toBe(true);
    expect(byId('p').textContent).toBe(`${CODE_TEXT} tail`);
  });

  it('puts the badge after a textarea or input whose value holds a code', () => {
    document.body.innerHTML =
      '<form><textarea id="box"></textarea><input id="field"><span id="after">x</span></form>';
    const box = byId<HTMLTextAreaElement>('box');
    box.value = `${CODE_TEXT}`;
    const field = byId<HTMLInputElement>('field');
    field.value = '€08skb3DzfQC€ 打开手机淘宝即可查看';
    const { marker } = setup();
    marker.scan(box);
    marker.scan(field);
    expect(box.value).toBe(CODE_TEXT);
    expect(box.childNodes).toHaveLength(0);
    expect(isBadgeHost(box.nextSibling)).toBe(true);
    expect((box.nextSibling as Element).getAttribute('data-cll-platform')).toBe('taobao');
    expect(isBadgeHost(field.nextSibling)).toBe(true);
    expect(field.nextSibling?.nextSibling).toBe(byId('after'));
  });

  it('inserts nothing inside editable text', () => {
    document.body.innerHTML = `<div id="editor" contenteditable="true"><p id="p">${CODE_TEXT}</p></div>`;
    const { marker } = setup();
    const before = byId('editor').innerHTML;
    marker.scan(textOf('p'));
    expect(byId('editor').innerHTML).toBe(before);
    expect(badges()).toHaveLength(0);
    // The code is still known (for the page report), just not badged.
    expect(marker.found().map((entry) => entry.item.input)).toEqual([TAOBAO_CODE]);
  });

  it('puts no badge after a field inside editable content, but still reports its code', () => {
    document.body.innerHTML =
      '<div id="editor" contenteditable="true"><p><textarea id="box"></textarea></p></div>';
    const box = byId<HTMLTextAreaElement>('box');
    box.value = CODE_TEXT;
    const { marker } = setup();
    const before = byId('editor').innerHTML;
    marker.scan(box);
    expect(byId('editor').innerHTML).toBe(before);
    expect(badges()).toHaveLength(0);
    expect(marker.found().map((entry) => entry.item.input)).toEqual([TAOBAO_CODE]);
  });

  it('leaves ordinary prices and words alone, without waking the engine', () => {
    document.body.innerHTML =
      '<p id="price">到手价 ¥199.00，原价 ¥299.00</p><p id="word">internationalization</p>';
    const { marker, classify } = setup();
    marker.scan(textOf('price'));
    marker.scan(textOf('word'));
    expect(badges()).toHaveLength(0);
    expect(classify).not.toHaveBeenCalled();
    expect(marker.found()).toEqual([]);
  });

  it('ignores texts in scripts, styles and templates, and texts out of the page', () => {
    document.body.innerHTML = `<script id="s">/* ${TAOBAO_CODE} */</script><style id="st">/* ${TAOBAO_CODE} */</style>`;
    const { marker } = setup();
    marker.scan(textOf('s'));
    marker.scan(textOf('st'));
    marker.scan(document.createTextNode(CODE_TEXT));
    expect(badges()).toHaveLength(0);
    expect(marker.found()).toEqual([]);
  });

  it('re-marks a text that is scanned again instead of adding badges', () => {
    document.body.innerHTML = `<p id="p">${CODE_TEXT}</p>`;
    const { marker } = setup();
    const text = textOf('p');
    marker.scan(text);
    const first = badges();
    marker.scan(text);
    expect(badges()).toHaveLength(1);
    expect(first[0]?.isConnected).toBe(false);
    text.data = 'no code any more';
    marker.scan(text);
    expect(badges()).toHaveLength(0);
    expect(marker.found()).toEqual([]);
  });
});

describe('ShareCodeMarker with CSS Custom Highlights', () => {
  class FakeHighlight extends Set<Range> {}
  let registry: Map<string, FakeHighlight>;
  const view = document.defaultView as unknown as Record<string, unknown>;
  const originalCSS = Object.getOwnPropertyDescriptor(view, 'CSS');

  beforeEach(() => {
    registry = new Map();
    // happy-dom has neither Highlight nor CSS.highlights.
    Object.defineProperty(view, 'Highlight', { value: FakeHighlight, configurable: true });
    Object.defineProperty(view, 'CSS', { value: { highlights: registry }, configurable: true });
  });

  afterEach(() => {
    delete view.Highlight;
    if (originalCSS) Object.defineProperty(view, 'CSS', originalCSS);
    else delete view.CSS;
  });

  it('highlights exactly the code, also in editable text, and drops the range on clear', () => {
    document.body.innerHTML = `<p id="p">${CODE_TEXT}</p><div contenteditable><p id="e">${CODE_TEXT}</p></div>`;
    const { marker } = setup();
    marker.scan(textOf('p'));
    marker.scan(textOf('e'));
    const highlight = registry.get('cll-share-code');
    expect(highlight?.size).toBe(2);
    for (const range of highlight ?? []) expect(range.toString()).toBe(TAOBAO_CODE);
    expect(badges()).toHaveLength(1);
    marker.clear();
    expect(highlight?.size).toBe(0);
  });
});

describe('ShareCodeMarker.update, prune and clear', () => {
  it('re-renders the badges for new settings without classifying again', () => {
    document.body.innerHTML = `<p id="p">${CODE_TEXT}</p>`;
    const { marker, classify, update } = setup();
    marker.scan(textOf('p'));
    const host = badges()[0] as HTMLElement;
    const calls = classify.mock.calls.length;
    update({ scopes: 'private' });
    expect(segmentOf(host, 'private')?.shown).toBe(true);
    expect(segmentOf(host, 'group')?.shown).toBe(false);
    expect(host.getAttribute('aria-label')).not.toContain('scopeGroup');
    expect(marker.tooltipFor(host)?.some((line) => line.text.startsWith('scopeGroup'))).toBe(false);
    update({ scopes: 'both' });
    expect(segmentOf(host, 'group')?.shown).toBe(true);
    expect(classify).toHaveBeenCalledTimes(calls);
  });

  it('unmarks texts that left the page on prune, and keeps the others', () => {
    document.body.innerHTML = `<p id="a">${CODE_TEXT}</p><p id="b">${CODE_TEXT}</p>`;
    const { marker } = setup();
    const gone = textOf('a');
    marker.scan(gone);
    marker.scan(textOf('b'));
    const goneBadge = gone.nextSibling as Element;
    gone.remove();
    marker.prune();
    expect(goneBadge.isConnected).toBe(false);
    expect(marker.found()).toHaveLength(1);
    expect(badges()).toHaveLength(1);
  });

  it('removes every badge on clear', () => {
    document.body.innerHTML = `<p id="a">${CODE_TEXT}</p><textarea id="t"></textarea>`;
    byId<HTMLTextAreaElement>('t').value = CODE_TEXT;
    const { marker } = setup();
    marker.scan(textOf('a'));
    marker.scan(byId<HTMLTextAreaElement>('t'));
    expect(badges()).toHaveLength(2);
    marker.clear();
    expect(badges()).toHaveLength(0);
    expect(marker.found()).toEqual([]);
  });
});
