import MarkdownIt from 'markdown-it';

const SAFE_LINK = /^(https?:|mailto:|#)/i;

/**
 * CommonMark to HTML for summaries and descriptions (docs/format.md): raw HTML is shown
 * as text, links go only to http(s), mailto and anchors, and images are not loaded
 * (a document must not call the network when opened).
 */
export function createMarkdown(): (source: string) => string {
  const md = new MarkdownIt('commonmark', { html: false, linkify: false });
  md.disable('image');
  md.validateLink = (url: string) => SAFE_LINK.test(url.trim());
  return (source) => md.render(source);
}
