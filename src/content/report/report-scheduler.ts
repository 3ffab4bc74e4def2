/**
 * Sends this frame's report to the background after every pass of the content script (the pass
 * signal marks each pass on <html data-cll-passes="N">), at most once per REPORT_DELAY_MS, and
 * once more when the page comes back from the back-forward cache. When the document goes away it says
 * so, so that the background forgets the frame. The top frame always reports (the popup needs its
 * site); a subframe only once it has had something to report.
 */
import type { FrameReport } from '../../shared/messages';

const REPORT_DELAY_MS = 250;
/** How long a report may wait for an idle moment after REPORT_DELAY_MS. */
const REPORT_IDLE_WAIT_MS = 1000;
const PASSES_ATTRIBUTE = 'data-cll-passes';

export interface ReportSink {
  report(report: FrameReport): void;
  gone(): void;
}

export function scheduleReports(
  doc: Document,
  isTopFrame: boolean,
  build: () => FrameReport,
  sink: ReportSink,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let reported = false;
  let stopped = false;
  const send = () => {
    timer = null;
    if (stopped) return;
    const report = build();
    if (!isTopFrame && !reported && report.items.length === 0 && !report.warnings) return;
    reported = true;
    sink.report(report);
  };
  // Sending a report of thousands of items costs the page tens of milliseconds (the browser's
  // messaging copies it): it waits for an idle moment, so it does not hold up the page's own work.
  const sendWhenIdle = () => {
    const idle = doc.defaultView?.requestIdleCallback;
    if (typeof idle === 'function')
      idle.call(doc.defaultView, send, { timeout: REPORT_IDLE_WAIT_MS });
    else send();
  };
  const schedule = () => {
    if (timer === null) timer = setTimeout(sendWhenIdle, REPORT_DELAY_MS);
  };
  const observer = new MutationObserver(schedule);
  if (doc.documentElement) {
    observer.observe(doc.documentElement, {
      attributes: true,
      attributeFilter: [PASSES_ATTRIBUTE],
    });
  }
  const view = doc.defaultView;
  const onHide = () => {
    if (reported) sink.gone();
  };
  const onShow = (event: PageTransitionEvent) => {
    if (event.persisted) schedule();
  };
  view?.addEventListener('pagehide', onHide);
  view?.addEventListener('pageshow', onShow);
  schedule();
  return () => {
    stopped = true;
    observer.disconnect();
    if (timer !== null) clearTimeout(timer);
    view?.removeEventListener('pagehide', onHide);
    view?.removeEventListener('pageshow', onShow);
  };
}
