'use client';

import { ErrorMessage } from '@/components/error-message';

// Catches failures of the shop layout itself (e.g. the catalog is unreachable), so it renders without the header.
export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="noi-dung-chinh" className="flex-1">
      <ErrorMessage error={error} retry={retry} />
    </main>
  );
}
