import Link from 'next/link';

export function NotFoundMessage() {
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-16 text-center">
      <p className="text-sm font-semibold text-brand-700">Lỗi 404</p>
      <h1 className="mt-2 text-3xl font-bold">Không tìm thấy trang</h1>
      <p className="mt-4 text-stone-700">
        Trang bạn tìm không tồn tại hoặc sản phẩm đã ngừng kinh doanh. Hãy thử tìm kiếm hoặc quay về trang chủ.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link
          href="/"
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
        >
          Về trang chủ
        </Link>
        <Link
          href="/tim-kiem"
          className="inline-flex min-h-11 items-center rounded-md border border-stone-300 px-5 font-semibold hover:border-brand-600 hover:text-brand-700"
        >
          Tìm kiếm sản phẩm
        </Link>
      </div>
    </div>
  );
}
