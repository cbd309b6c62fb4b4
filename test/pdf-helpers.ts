/** Reads a PDF back as a reader would: page count, text per page, metadata, bookmarks. */
export async function readPdf(bytes: Uint8Array) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    const lines: string[][] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      pages.push(
        content.items
          .map((it) => ('str' in it ? it.str : ''))
          .join(' ')
          .replace(/\s+/g, ' '),
      );
      lines.push(linesOf(content.items));
    }
    const { info } = (await doc.getMetadata()) as unknown as { info: Record<string, string> };
    const markInfo = await doc.getMarkInfo();
    return {
      pages,
      /** Text per line as the eye reads it (by position, not by order in the file), top to bottom. */
      lines,
      info,
      tagged: markInfo?.Marked === true,
      outline: (await doc.getOutline())?.map((o) => o.title) ?? [],
    };
  } finally {
    await doc.destroy();
  }
}

/** Text items grouped into lines by their baseline, each line left to right. */
function linesOf(items: readonly object[]): string[] {
  const placed = items.flatMap((it) =>
    'str' in it && 'transform' in it && String(it.str).trim()
      ? [{ text: String(it.str), x: (it.transform as number[])[4]!, y: (it.transform as number[])[5]! }]
      : [],
  );
  placed.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; parts: typeof placed }[] = [];
  for (const p of placed) {
    const line = lines.find((l) => Math.abs(l.y - p.y) < 2);
    if (line) line.parts.push(p);
    else lines.push({ y: p.y, parts: [p] });
  }
  return lines.map((l) =>
    l.parts
      .sort((a, b) => a.x - b.x)
      .map((p) => p.text)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}
