import sanitizeHtml from 'sanitize-html';

// Policy pages are rich text written in /admin. Only a small allow-list of tags survives, links keep only
// http(s), mailto and tel (and site-relative paths), and every attribute but href (and the rel we add) is dropped: a saved page
// can never carry a script, an event handler or a style. Run on save and again when the page is rendered.

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['h2', 'h3', 'h4', 'p', 'br', 'strong', 'b', 'em', 'i', 'u', 'ul', 'ol', 'li', 'a', 'blockquote'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Headings typed as <h1> become <h2>: the page's own title is the only h1.
  transformTags: {
    h1: 'h2',
    div: 'p',
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }),
  },
  exclusiveFilter: (frame) => frame.tag === 'p' && !frame.text.trim() && !frame.mediaChildren.length,
};

export function sanitizePolicyHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** The text without tags, for length checks and plain-text previews. */
export function policyPlainText(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, ' ').trim();
}
