import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumAvailable, launchBrowser, phonePage } from '../support/browser';

// The security headers on every kind of response of the production build: cached (ISR) pages, pages rendered per
// request, private pages, token pages, error pages, route handlers, static files. Then in Chromium: the policy does
// not break a page (no CSP violation while it loads and hydrates), and no other site can frame the store.

const baseUrl = inject('baseUrl');
const canRun = Boolean(baseUrl);

async function firstProductSlug(): Promise<string> {
  const res = await fetch(`${baseUrl}/api/products?limit=1`);
  const body = (await res.json()) as { items: { slug: string }[] };
  const slug = body.items[0]?.slug;
  if (!slug) throw new Error('no product in the seeded catalog');
  return slug;
}

function expectCommonHeaders(res: Response, what: string) {
  const h = res.headers;
  expect(h.get('x-content-type-options'), what).toBe('nosniff');
  expect(h.get('permissions-policy'), what).toMatch(/camera=\(\).*geolocation=\(\)/);
  expect(h.get('cross-origin-opener-policy'), what).toBe('same-origin');
  expect(h.get('strict-transport-security'), what).toMatch(/^max-age=\d{8,}/);
  expect(h.get('x-frame-options'), what).toBe('DENY');
}

function expectPageCsp(res: Response, what: string) {
  const csp = res.headers.get('content-security-policy') ?? '';
  for (const directive of [
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "default-src 'self'",
    "form-action 'self' https://pay.payos.vn",
  ]) {
    expect(csp, `${what}: ${directive}`).toContain(directive);
  }
  expect(csp, what).not.toContain('unsafe-eval');
}

describe.skipIf(!canRun)('security headers', () => {
  it('every page type carries CSP, HSTS, nosniff, COOP and Permissions-Policy, and a referrer policy', async () => {
    const slug = await firstProductSlug();
    const pages: [string, string, string][] = [
      ['home (rendered per request)', '/', 'strict-origin-when-cross-origin'],
      ['product (ISR)', `/san-pham/${slug}`, 'strict-origin-when-cross-origin'],
      ['category listing (ISR)', '/danh-muc/tai-nghe', 'strict-origin-when-cross-origin'],
      ['filtered listing (proxy rewrite)', '/danh-muc/tai-nghe?sort=price-asc', 'strict-origin-when-cross-origin'],
      ['search', '/tim-kiem?q=loa', 'strict-origin-when-cross-origin'],
      ['static page', '/gioi-thieu', 'strict-origin-when-cross-origin'],
      ['sign-in', '/dang-nhap', 'strict-origin-when-cross-origin'],
      ['not found', '/khong-co-trang-nay', 'strict-origin-when-cross-origin'],
      ['unknown product (ISR 404)', '/san-pham/khong-co-san-pham-nay', 'strict-origin-when-cross-origin'],
      ['admin (redirect to sign-in)', '/admin', 'strict-origin-when-cross-origin'],
      ['order page with its token', '/don-hang/ATL-1?token=abc', 'no-referrer'],
      ['password reset with its token', '/dat-lai-mat-khau?token=abc', 'no-referrer'],
      ['e-mail verification with its token', '/xac-minh-email?token=abc', 'no-referrer'],
      ['payment return page', '/thanh-toan/ket-qua/payos/ATL-1/abc', 'no-referrer'],
    ];
    for (const [what, path, referrer] of pages) {
      const res = await fetch(`${baseUrl}${path}`, { redirect: 'manual' });
      expect(res.status, what).toBeLessThan(500);
      expectCommonHeaders(res, what);
      expectPageCsp(res, what);
      expect(res.headers.get('referrer-policy'), what).toBe(referrer);
    }
  });

  it('API answers, static files and the sitemap carry them too, the API with a CSP that allows nothing', async () => {
    const home = await (await fetch(`${baseUrl}/`)).text();
    const asset = /\/_next\/static\/[^"']+\.js/.exec(home)?.[0];
    expect(asset).toBeTruthy();
    const cases: [string, string][] = [
      ['catalog API', '/api/products?limit=1'],
      ['health', '/api/health'],
      ['API error', '/api/products/khong-co-san-pham-nay'],
      ['order API with a token', '/api/orders/ATL-1?token=abc'],
    ];
    for (const [what, path] of cases) {
      const res = await fetch(`${baseUrl}${path}`);
      expect(res.status, what).toBeLessThan(500);
      expectCommonHeaders(res, what);
      expect(res.headers.get('content-security-policy'), what).toBe(
        "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      );
    }
    expect((await fetch(`${baseUrl}/api/orders/ATL-1?token=abc`)).headers.get('referrer-policy')).toBe('no-referrer');
    for (const path of [asset ?? '', '/sitemap.xml', '/robots.txt']) {
      const res = await fetch(`${baseUrl}${path}`);
      expect(res.status, path).toBe(200);
      expectCommonHeaders(res, path);
    }
  });
});

describe.skipIf(!canRun)('metrics in production', () => {
  it('/api/metrics answers nobody without METRICS_TOKEN set (production build, no token)', async () => {
    expect((await fetch(`${baseUrl}/api/metrics`)).status).toBe(401);
    const guessed = await fetch(`${baseUrl}/api/metrics`, { headers: { authorization: 'Bearer ' } });
    expect(guessed.status).toBe(401);
  });
});

describe.skipIf(!canRun || !chromiumAvailable())('security headers in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('pages load and hydrate without a CSP violation, and cannot be framed', async () => {
    const slug = await firstProductSlug();
    const page = await phonePage(browser);
    const violations: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
    });
    for (const path of ['/', `/san-pham/${slug}`, '/danh-muc/tai-nghe', '/dang-nhap', '/gio-hang']) {
      await page.goto(`${baseUrl}${path}`);
      await page.waitForLoadState('networkidle');
      // Next's client runtime started (it sets window.next as it hydrates): its inline scripts were allowed.
      await page.waitForFunction(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version));
    }
    expect(violations).toEqual([]);

    // Another site frames the admin: the frame stays empty.
    const framing = await phonePage(browser);
    const blocked: string[] = [];
    framing.on('console', (msg) => blocked.push(msg.text()));
    await framing.setContent(`<iframe id="f" src="${baseUrl}/dang-nhap" width="400" height="400"></iframe>`);
    await framing.waitForTimeout(1500);
    const frame = framing.frames().find((f) => f.url().startsWith(baseUrl ?? ''));
    const framedText = frame ? await frame.evaluate(() => document.body?.textContent ?? '').catch(() => '') : '';
    expect(framedText).not.toContain('Đăng nhập');
    expect(blocked.join('\n')).toMatch(/frame-ancestors|X-Frame-Options|Refused to display/);
  });
});
