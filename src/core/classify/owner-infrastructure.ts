/**
 * Infrastructure domains that the platforms' owners use for their own hosts: DNS load balancers and
 * CDNs whose host names spell the customer's domain in front ("taobao.com.gds.alibabadns.com",
 * "xiaohongshu.com.eo.dnse0.com", CNAME targets of the platforms' own sites). A host under one of
 * them is never a lookalike, whatever platform domain its labels spell.
 */
export interface InfrastructureDomain {
  domain: string;
  /** Whose infrastructure it is, and what for. */
  operator: string;
  /** Where this is publicly described. */
  source: string;
}

export const OWNER_INFRASTRUCTURE: readonly InfrastructureDomain[] = [
  {
    domain: 'alibabadns.com',
    operator: "Alibaba Group: global traffic manager of its sites' host names (gds.alibabadns.com)",
    source: 'https://www.alibabacloud.com/help/en/dns/global-traffic-manager',
  },
  {
    domain: 'tbcache.com',
    operator: 'Alibaba Group: CDN of Taobao and Alibaba Cloud',
    source: 'https://www.aliyun.com/product/cdn',
  },
  {
    domain: 'cdngslb.com',
    operator: 'Alibaba Group: CDN load balancing of Alibaba Cloud',
    source: 'https://www.aliyun.com/product/cdn',
  },
  {
    domain: 'alikunlun.com',
    operator: 'Alibaba Group: CDN of Alibaba Cloud',
    source: 'https://www.aliyun.com/product/cdn',
  },
  {
    domain: 'alicdn.com',
    operator: 'Alibaba Group: static content of Taobao, Tmall and 1688',
    source: 'https://www.aliyun.com/product/cdn',
  },
  {
    domain: 'aliyuncs.com',
    operator: 'Alibaba Group: Alibaba Cloud service endpoints',
    source: 'https://www.alibabacloud.com/help/en/oss/user-guide/regions-and-endpoints',
  },
  {
    domain: 'taobaocdn.com',
    operator: 'Alibaba Group: Taobao CDN',
    source: 'https://www.aliyun.com/product/cdn',
  },
  ...['dnse0.com', 'dnse1.com', 'dnse2.com', 'dnse3.com', 'dnse4.com', 'dnse5.com'].map(
    (domain) => ({
      domain,
      operator:
        'Tencent Cloud EdgeOne (the CDN Xiaohongshu and others put in front of their sites): ' +
        'accelerated domains are CNAMEd to <domain>.eo.dnseN.com',
      source: 'https://cloud.tencent.com/document/product/1552',
    }),
  ),
  {
    domain: 'dnsv1.com',
    operator: 'Tencent Cloud CDN: accelerated domains are CNAMEd to <domain>.cdn.dnsv1.com',
    source: 'https://cloud.tencent.com/document/product/228',
  },
  {
    domain: 'bytedance.com',
    operator: 'ByteDance (Douyin): company domain and internal services',
    source: 'https://www.bytedance.com/',
  },
  {
    domain: 'byteimg.com',
    operator: 'ByteDance (Douyin): image CDN',
    source: 'https://www.volcengine.com/product/cdn',
  },
  {
    domain: 'volcgslb.com',
    operator: 'ByteDance Volcano Engine: CDN load balancing of Douyin and other ByteDance sites',
    source: 'https://www.volcengine.com/docs/6454',
  },
  {
    domain: '360buyimg.com',
    operator: 'JD.com: image and static content CDN',
    source: 'https://www.jd.com/',
  },
  {
    domain: 'jdcloud.com',
    operator: 'JD.com: JD Cloud services and CDN',
    source: 'https://www.jdcloud.com/cn/products/cdn',
  },
  {
    domain: 'kwaicdn.com',
    operator: 'Kuaishou: CDN',
    source: 'https://www.kuaishou.com/',
  },
  {
    domain: 'xhscdn.com',
    operator: 'Xiaohongshu: CDN',
    source: 'https://www.xiaohongshu.com/',
  },
  {
    domain: 'hdslb.com',
    operator: 'Bilibili: static content CDN',
    source: 'https://www.bilibili.com/',
  },
  {
    domain: 'pddpic.com',
    operator: 'Pinduoduo: image CDN',
    source: 'https://www.pinduoduo.com/',
  },
];

/** The registrable domains of OWNER_INFRASTRUCTURE. */
export const OWNER_INFRASTRUCTURE_DOMAINS: ReadonlySet<string> = new Set(
  OWNER_INFRASTRUCTURE.map((entry) => entry.domain),
);
