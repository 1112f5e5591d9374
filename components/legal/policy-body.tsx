import { sanitizePolicyHtml } from '@/lib/legal/sanitize';

// A policy's rich text. It was sanitised when saved; it is sanitised again here so that nothing stored
// (an old row, a hand edit in the database) can ever reach the page as markup we did not allow.
export function PolicyBody({ html }: { html: string }) {
  return (
    <div
      className="policy-body space-y-3 [&_a]:text-brand-700 [&_a]:underline [&_h2]:mt-6 [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:mt-4 [&_h3]:text-lg [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6"
      dangerouslySetInnerHTML={{ __html: sanitizePolicyHtml(html) }}
    />
  );
}
