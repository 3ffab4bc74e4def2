// The demo page's own behaviour: a web component with a shadow root, and a list that grows as
// you scroll (or press "Load more"), like an infinite feed. Nothing here knows about the extension.
class ShopCard extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent =
      ':host{display:block;border:1px solid #cfd8dc;border-radius:8px;padding:8px 12px;background:#fff;font:15px/1.5 system-ui,sans-serif}';
    const text = document.createElement('p');
    text.append('Component deal: ');
    const link = document.createElement('a');
    link.id = 'shadow-link';
    link.dataset.expectPlatform = 'jd';
    link.href = 'https://item.jd.com/100055566677.html';
    link.textContent = 'JD inner pot, 20% off';
    text.append(link);
    root.append(style, text);
  }
}
customElements.define('shop-card', ShopCard);

const DEALS = [
  ['taobao', 'https://item.taobao.com/item.htm?id=', 'Taobao'],
  ['jd', 'https://item.jd.com/', 'JD'],
  ['pinduoduo', 'https://mobile.yangkeduo.com/goods.html?goods_id=', 'Pinduoduo'],
  ['tmall', 'https://detail.tmall.com/item.htm?id=', 'Tmall'],
  ['', 'https://example.org/deals/', 'an ordinary site'],
];
let count = 0;
function addDeals(n) {
  const list = document.getElementById('deal-list');
  for (let i = 0; i < n; i++) {
    const [platform, prefix, name] = DEALS[count % DEALS.length];
    const id = 7000000 + count;
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.className = 'deal';
    link.dataset.expectPlatform = platform;
    link.href = platform === 'jd' ? `${prefix}${id}.html` : `${prefix}${id}`;
    link.textContent = `Deal #${count + 1} on ${name}`;
    li.append(link);
    list.append(li);
    count++;
  }
}
addDeals(5);
document.getElementById('load-more').addEventListener('click', () => addDeals(5));
new IntersectionObserver((entries) => {
  if (entries.some((entry) => entry.isIntersecting) && count < 60) addDeals(5);
}).observe(document.getElementById('sentinel'));
