import type { CartMessage as Message } from './cart-provider';

// Both live regions are always in the DOM, so that screen readers announce what appears in them: notices
// (a quantity was capped, a line was removed) politely, refusals (sold out, Redis down) at once.

export function CartMessage({ message }: { message: Message | null }) {
  return (
    <>
      <div role="status">
        {message?.tone === 'notice' && (
          <p className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900">
            {message.text}
          </p>
        )}
      </div>
      <div role="alert">
        {message?.tone === 'error' && (
          <p className="rounded-md border border-brand-200 bg-brand-50 px-3 py-2 text-sm font-medium text-brand-800">
            {message.text}
          </p>
        )}
      </div>
    </>
  );
}
