import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumAvailable, launchBrowser, phonePage } from '../support/browser';

// A shopper on a phone: home -> a category -> a brand filter -> a product. Screenshots land in
// test-results/ to be looked at.

const baseUrl = inject('baseUrl');
const canRun = Boolean(baseUrl) && chromiumAvailable();

describe.skipIf(!canRun)('browsing the catalog in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('goes from home to a category, filters by brand and opens a product', async () => {
    const page = await phonePage(browser);
    await page.goto(`${baseUrl}/`);
    await page.locator('h1').first().waitFor();

    await page
      .getByRole('navigation', { name: 'Danh mục sản phẩm' })
      .getByRole('link', { name: 'Tai nghe', exact: true })
      .click();
    await page.waitForURL(/\/danh-muc\/tai-nghe$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tai nghe');

    // Filters sit in a collapsed <details> on phones.
    await page.locator('summary', { hasText: 'Bộ lọc' }).click();
    const brand = page.locator('input[name="brand"]').first();
    const brandSlug = await brand.getAttribute('value');
    // Ticking a box applies the filter at once (the "Áp dụng" button is for browsers without JavaScript).
    await brand.check();
    await page.waitForURL(new RegExp(`brand=${brandSlug}`));
    const cards = page.locator('main a[href^="/san-pham/"]');
    await cards.first().waitFor();
    expect(await page.locator('input[name="brand"]:checked').count()).toBe(1);
    await page.screenshot({ path: 'test-results/browse-category-filtered.png', fullPage: false });

    const productHref = await cards.first().getAttribute('href');
    await cards.first().click();
    await page.waitForURL(new RegExp(`${productHref}$`));
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('script[type="application/ld+json"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/browse-product.png', fullPage: true });
  });

  it('shows the Vietnamese 404 page for an unknown product', async () => {
    const page = await phonePage(browser);
    const res = await page.goto(`${baseUrl}/san-pham/khong-ton-tai`);
    expect(res?.status()).toBe(404);
    await page.getByRole('heading', { name: 'Không tìm thấy trang' }).waitFor();
  });
});
