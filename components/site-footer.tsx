import Link from 'next/link';
import { SHOP } from './shop-info';

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-stone-200 bg-stone-900 text-stone-200">
      <div className="mx-auto grid w-full max-w-7xl gap-8 px-4 py-10 sm:grid-cols-2 lg:grid-cols-3">
        <section aria-labelledby="footer-about">
          <h2 id="footer-about" className="text-base font-semibold text-white">
            {SHOP.name}
          </h2>
          <p className="mt-2 text-sm leading-relaxed">
            Chuyên loa, tai nghe, ampli, DAC, mâm đĩa than và micro chính hãng. Tư vấn tận tình, bảo hành chính hãng,
            giao hàng toàn quốc.
          </p>
        </section>
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact" className="text-base font-semibold text-white">
            Liên hệ
          </h2>
          <address className="mt-2 space-y-1 text-sm not-italic">
            <p>
              Hotline:{' '}
              <a
                href={`tel:${SHOP.hotlineTel}`}
                className="inline-flex min-h-11 items-center font-semibold text-white underline"
              >
                {SHOP.hotline}
              </a>
            </p>
            <p>
              Email:{' '}
              <a href={`mailto:${SHOP.email}`} className="inline-flex min-h-11 items-center text-white underline">
                {SHOP.email}
              </a>
            </p>
            <p>
              Địa chỉ: {SHOP.street}, {SHOP.ward}, {SHOP.city}
            </p>
          </address>
        </section>
        <section aria-labelledby="footer-hours">
          <h2 id="footer-hours" className="text-base font-semibold text-white">
            Giờ mở cửa
          </h2>
          <p className="mt-2 text-sm">{SHOP.hours}</p>
          <p className="mt-4 text-sm">
            <Link href="/tim-kiem" className="inline-flex min-h-11 items-center text-white underline">
              Tìm sản phẩm
            </Link>
          </p>
          <p className="text-sm">
            <Link href="/tra-cuu-don-hang" className="inline-flex min-h-11 items-center text-white underline">
              Tra cứu đơn hàng
            </Link>
          </p>
        </section>
      </div>
      <p className="border-t border-stone-700 px-4 py-4 text-center text-xs text-stone-300">
        © {SHOP.name}. Giá đã bao gồm VAT.
      </p>
    </footer>
  );
}
