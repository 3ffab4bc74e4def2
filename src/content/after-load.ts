/**
 * Calls back once the document has loaded (at once when it has), so the page's own load never
 * waits for the extension. Asked again while waiting, it still calls back once.
 */
export class AfterLoad {
  private pending = false;

  constructor(private readonly doc: Document) {}

  run(callback: () => void): void {
    const view = this.doc.defaultView;
    if (this.doc.readyState === 'complete' || !view) {
      callback();
      return;
    }
    if (this.pending) return;
    this.pending = true;
    view.addEventListener(
      'load',
      () => {
        this.pending = false;
        callback();
      },
      { once: true },
    );
  }
}
