import { isLink, type LinkElement } from './link-finder';
import { PLATFORM_DOMAIN_MAX_UNITS, textNamesPlatformDomain } from './platform-text';

/**
 * A visitor of a huge root's text nodes, one by one in document order, for a root whose whole
 * text names a platform domain: where the text so far names one, the link around it (if any) is
 * handed to `named`, to be read with its text. A name may run over from one text node into the
 * next (`taobao<b>.com</b>`): so the end of the text before (as much as a platform domain takes)
 * is read with each node, unless whitespace separates them, which no domain name holds.
 */
export function namedTextVisitor(named: (link: LinkElement) => void): (text: Text) => void {
  let before = '';
  return (text) => {
    const data = text.data;
    const run = before !== '' && data !== '' && !/^\s/.test(data) ? before + data : data;
    if (textNamesPlatformDomain(run)) {
      let link = text.parentElement;
      while (link !== null && !isLink(link)) link = link.parentElement;
      if (link !== null) named(link);
    }
    before = /\s$/.test(run) ? '' : run.slice(-PLATFORM_DOMAIN_MAX_UNITS);
  };
}
