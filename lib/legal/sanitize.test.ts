import { describe, expect, it } from 'vitest';
import { policyPlainText, sanitizePolicyHtml } from './sanitize';

describe('sanitizePolicyHtml', () => {
  it('keeps the formatting a policy needs', () => {
    const html =
      '<h2>Điều 1</h2><p>Xem <strong>kỹ</strong> <a href="https://audiotailoc.vn/x">tại đây</a>.</p><ul><li>Một</li></ul>';
    expect(sanitizePolicyHtml(html)).toBe(
      '<h2>Điều 1</h2><p>Xem <strong>kỹ</strong> <a href="https://audiotailoc.vn/x" rel="noopener noreferrer">tại đây</a>.</p><ul><li>Một</li></ul>',
    );
  });

  it('drops scripts, event handlers, styles and dangerous links', () => {
    const html = [
      '<p onclick="alert(1)" style="color:red">A</p>',
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(1)">',
      '<a href="javascript:alert(1)">x</a>',
      '<a href="//evil.example/x">y</a>',
      '<iframe src="https://evil.example"></iframe>',
      '<svg><script>alert(1)</script></svg>',
    ].join('');
    const clean = sanitizePolicyHtml(html);
    expect(clean).not.toMatch(/script|onerror|onclick|style=|javascript:|iframe|svg|<img|evil/i);
    expect(clean).toContain('<p>A</p>');
  });

  it('turns an h1 into an h2 and a div into a paragraph, and removes empty paragraphs', () => {
    expect(sanitizePolicyHtml('<h1>T</h1><div>x</div><p> </p>')).toBe('<h2>T</h2><p>x</p>');
  });

  it('gives the text without tags', () => {
    expect(policyPlainText('<p>A <b>b</b></p>\n<p>c</p>')).toBe('A b c');
  });
});
