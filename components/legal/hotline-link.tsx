import { getTraderInfoCached } from '@/lib/legal/cached';
import { telHref } from './trader-format';

/** The shop's phone number from the trader information, as a tap-to-call link. */
export async function HotlineLink() {
  const { phone } = await getTraderInfoCached();
  return (
    <a href={telHref(phone)} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
      {phone}
    </a>
  );
}
