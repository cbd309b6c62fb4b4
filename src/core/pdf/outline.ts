/** Pages of the PDF's bookmarks (outline), in document order: what Chromium cannot put in the contents by itself. */
export async function outlinePages(pdf: Uint8Array): Promise<{ title: string; page: number }[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: pdf.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const out: { title: string; page: number }[] = [];
    const walk = async (items: Awaited<ReturnType<typeof doc.getOutline>>) => {
      for (const item of items ?? []) {
        const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
        const ref = dest?.[0];
        if (ref && typeof ref === 'object')
          out.push({ title: item.title, page: (await doc.getPageIndex(ref as never)) + 1 });
        await walk(item.items);
      }
    };
    await walk(await doc.getOutline());
    return out;
  } finally {
    await doc.destroy();
  }
}
