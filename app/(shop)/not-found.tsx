import { NotFoundMessage } from '@/components/not-found-message';

// notFound() from a shop page (unknown product, category or brand): rendered inside the shop layout.
export default function ShopNotFound() {
  return <NotFoundMessage />;
}
