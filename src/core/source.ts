/** A public document a fact in the product rests on. */
export interface Source {
  title: string;
  /** Address of the document (https URL), or a short locator when it has none. */
  url: string;
}
