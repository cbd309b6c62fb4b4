/** Reads a PDF back as a reader would: page count, text per page, metadata, bookmarks. */
export async function readPdf(bytes: Uint8Array) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      pages.push(
        content.items
          .map((it) => ('str' in it ? it.str : ''))
          .join(' ')
          .replace(/\s+/g, ' '),
      );
    }
    const { info } = (await doc.getMetadata()) as unknown as { info: Record<string, string> };
    const markInfo = await doc.getMarkInfo();
    return {
      pages,
      info,
      tagged: markInfo?.Marked === true,
      outline: (await doc.getOutline())?.map((o) => o.title) ?? [],
    };
  } finally {
    await doc.destroy();
  }
}
