import type { Metadata } from 'next';
import Link from 'next/link';

// A fully static page: it also serves as the throughput ceiling in bench/run.ts.
export const dynamic = 'force-static';

export const metadata: Metadata = {
  title: 'Giới thiệu',
  description:
    'Audio Tài Lộc: cửa hàng thiết bị âm thanh chính hãng – loa, tai nghe, amply, DAC, mâm đĩa than và micro.',
  alternates: { canonical: '/gioi-thieu' },
};

export default function AboutPage() {
  return (
    <article className="mx-auto max-w-3xl px-4 py-8 leading-relaxed">
      <h1 className="mb-4 text-2xl font-bold">Về Audio Tài Lộc</h1>
      <p className="mb-3">
        Audio Tài Lộc là cửa hàng thiết bị âm thanh chính hãng: loa bluetooth, loa karaoke, loa bookshelf, soundbar, tai
        nghe, amply, DAC, mâm đĩa than, micro và phụ kiện từ các thương hiệu hàng đầu thế giới.
      </p>
      <p className="mb-3">
        Mọi sản phẩm đều có hóa đơn, bảo hành chính hãng và được kiểm tra trước khi giao. Bạn có thể thanh toán khi nhận
        hàng (COD) hoặc chuyển khoản qua VietQR, VNPay, MoMo.
      </p>
      <h2 className="mt-6 mb-2 text-xl font-semibold">Liên hệ</h2>
      <p>
        Địa chỉ, điện thoại, email và thông tin doanh nghiệp:{' '}
        <Link href="/lien-he" className="font-semibold text-brand-700 underline">
          trang Liên hệ
        </Link>
        .
      </p>
    </article>
  );
}
