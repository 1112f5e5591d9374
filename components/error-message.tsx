'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { DATABASE_DOWN_MESSAGE } from '@/lib/core/outage-messages';

// What a shopper sees for an unexpected error: our own words only, never the error's message (it may
// name tables, hosts or internals). The digest links the browser report to the server log line. In
// production the browser never learns why a page failed, so it asks /api/ready: while the database is down
// the shopper reads that it is a short outage (the same words as the API's 503) rather than a generic error.

export function ErrorMessage({ error, retry }: { error: unknown; retry: () => void }) {
  const [databaseDown, setDatabaseDown] = useState(false);
  useEffect(() => {
    console.error(error);
    const ask = new AbortController();
    fetch('/api/ready', { cache: 'no-store', signal: ask.signal })
      .then((res) => res.json() as Promise<{ checks?: { database?: string } }>)
      .then((body) => setDatabaseDown(body.checks?.database === 'error'))
      .catch(() => {});
    return () => ask.abort();
  }, [error]);

  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-16 text-center">
      <h1 className="text-3xl font-bold">Đã có lỗi xảy ra</h1>
      <p className="mt-4 text-stone-700">
        {databaseDown
          ? DATABASE_DOWN_MESSAGE
          : 'Xin lỗi, trang chưa tải được. Vui lòng thử lại sau ít phút; nếu lỗi vẫn còn, hãy gọi hotline để được hỗ trợ.'}
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <button
          type="button"
          onClick={() => retry()}
          className="min-h-11 rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
        >
          Thử lại
        </button>
        <Link
          href="/"
          className="inline-flex min-h-11 items-center rounded-md border border-stone-300 px-5 font-semibold hover:border-brand-600 hover:text-brand-700"
        >
          Về trang chủ
        </Link>
      </div>
    </div>
  );
}
