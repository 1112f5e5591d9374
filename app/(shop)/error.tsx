'use client';

import { ErrorMessage } from '@/components/error-message';

// Errors of a shop page: shown inside the shop layout, so the header and search stay usable.
export default function ShopError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorMessage error={error} retry={retry} />;
}
