import {
  CLEARURLS_RULES,
  JD_CLICK_REDIRECT,
  NOTES_HOSTS,
  NOTES_WECHAT_PAGES,
  REMOVE_LINK_REDIRECTS,
  UNBLOCK_URL_IN_WECHAT,
  WEIXIN_UNBLOCK,
} from './link-sources';
import { GOOGLE_FAMILY, type Wrapper } from './wrapper';

/**
 * Redirect wrappers, as data. Only wrappers whose target sits in a query parameter are listed;
 * short-link services that redirect on the server cannot be unwrapped offline. A wrapper on a
 * platform's own domain (Taobao's and JD's affiliate redirects) that carries no target is that
 * platform's link.
 */
export const WRAPPERS: readonly Wrapper[] = [
  {
    id: 'taobao-affiliate',
    name: { en: 'Taobao affiliate redirect', zh_CN: '淘宝联盟跳转' },
    routes: [
      { domain: 'taobao.com', subdomains: ['s.click'], paths: ['/t'], params: ['l', 'url'] },
      { domain: 'taobao.com', subdomains: ['uland'], params: ['url', 'l'] },
    ],
    sources: [NOTES_HOSTS],
  },
  {
    id: 'jd-click',
    name: { en: 'JD click redirect', zh_CN: '京东点击跳转' },
    routes: [
      { domain: 'jd.com', subdomains: ['ccc-x'], paths: ['/dsp/cl', '/dsp/nc'], params: ['to'] },
      { domain: 'jd.com', subdomains: ['union-click'], paths: ['/jdc'], params: ['to'] },
    ],
    sources: [JD_CLICK_REDIRECT],
  },
  {
    id: 'google',
    name: { en: 'Google redirect', zh_CN: '谷歌跳转' },
    routes: [{ domain: GOOGLE_FAMILY, paths: ['/url'], params: ['q', 'url'] }],
    sources: [CLEARURLS_RULES],
  },
  {
    id: 'wechat-interstitial',
    name: { en: 'WeChat safety page', zh_CN: '微信安全提示页' },
    routes: [
      { domain: 'qq.com', subdomains: ['weixin110'], params: ['url'] },
      {
        domain: 'wechat.com',
        subdomains: ['security'],
        paths: ['/cgi-bin/mmspamsupport-bin/newredirectconfirmcgi'],
        params: ['url'],
      },
    ],
    sources: [NOTES_WECHAT_PAGES, UNBLOCK_URL_IN_WECHAT, WEIXIN_UNBLOCK],
  },
  {
    id: 'wechat-bridge',
    name: { en: 'WeChat bridge redirect', zh_CN: '微信桥接跳转' },
    routes: [
      {
        domain: 'weixinbridge.com',
        subdomains: ['mp'],
        paths: ['/mp/wapredirect'],
        params: ['url'],
      },
    ],
    sources: [NOTES_WECHAT_PAGES],
  },
  {
    id: 'qq',
    name: { en: 'QQ redirect', zh_CN: 'QQ 跳转' },
    routes: [{ domain: 'qq.com', subdomains: ['c.pc'], params: ['pfurl', 'url'] }],
    sources: [REMOVE_LINK_REDIRECTS],
  },
  {
    id: 'facebook',
    name: { en: 'Facebook link shim', zh_CN: 'Facebook 跳转' },
    routes: [
      { domain: 'facebook.com', subdomains: ['l', 'lm'], paths: ['/l.php'], params: ['u'] },
      { domain: 'messenger.com', subdomains: ['l'], paths: ['/l.php'], params: ['u'] },
    ],
    sources: [CLEARURLS_RULES],
  },
  {
    id: 'instagram',
    name: { en: 'Instagram redirect', zh_CN: 'Instagram 跳转' },
    routes: [{ domain: 'instagram.com', subdomains: ['l'], params: ['u'] }],
    sources: [CLEARURLS_RULES],
  },
  {
    id: 'youtube',
    name: { en: 'YouTube redirect', zh_CN: 'YouTube 跳转' },
    routes: [
      { domain: 'youtube.com', subdomains: ['www', 'm', ''], paths: ['/redirect'], params: ['q'] },
    ],
    sources: [CLEARURLS_RULES, REMOVE_LINK_REDIRECTS],
  },
  {
    id: 'reddit',
    name: { en: 'Reddit redirect', zh_CN: 'Reddit 跳转' },
    routes: [{ domain: 'reddit.com', subdomains: ['out'], params: ['url'] }],
    sources: [CLEARURLS_RULES],
  },
  {
    id: 'zhihu',
    name: { en: 'Zhihu redirect', zh_CN: '知乎跳转' },
    routes: [{ domain: 'zhihu.com', subdomains: ['link'], params: ['target'] }],
    sources: [REMOVE_LINK_REDIRECTS],
  },
  {
    id: 'weibo',
    name: { en: 'Weibo redirect', zh_CN: '微博跳转' },
    routes: [
      { domain: 'weibo.cn', paths: ['/sinaurl'], params: ['u'] },
      { domain: 'weibo.com', paths: ['/sinaurl'], params: ['u'] },
    ],
    sources: [REMOVE_LINK_REDIRECTS],
  },
  {
    id: 'douban',
    name: { en: 'Douban redirect', zh_CN: '豆瓣跳转' },
    routes: [
      {
        domain: 'douban.com',
        subdomains: ['www', ''],
        paths: ['/link2', '/link2/'],
        params: ['url'],
      },
    ],
    sources: [REMOVE_LINK_REDIRECTS],
  },
  {
    id: 'csdn',
    name: { en: 'CSDN redirect', zh_CN: 'CSDN 跳转' },
    routes: [{ domain: 'csdn.net', subdomains: ['link'], params: ['target'] }],
    sources: [REMOVE_LINK_REDIRECTS],
  },
  {
    id: 'jianshu',
    name: { en: 'Jianshu redirect', zh_CN: '简书跳转' },
    routes: [
      {
        domain: 'jianshu.com',
        subdomains: ['www', ''],
        paths: ['/go-wild', '/go-wild/'],
        params: ['url'],
      },
      { domain: 'jianshu.com', subdomains: ['links'], paths: ['/go'], params: ['to'] },
      { domain: 'jianshu.com', subdomains: ['link'], params: ['t'] },
    ],
    sources: [REMOVE_LINK_REDIRECTS],
  },
];
