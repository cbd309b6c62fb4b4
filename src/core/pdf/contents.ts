/** An entry of a document's contents, numbered from the PDF's bookmarks. */
export interface TocEntry {
  anchor: string;
  title: string;
  level: 1 | 2;
  /** Printed page, once known (second pass of the PDF). */
  page?: number;
}
