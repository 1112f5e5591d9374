'use client';

import { useTransition } from 'react';
// biome-ignore lint/style/noRestrictedImports: existing server actions still live under app/; moving them to lib/ is tracked
import { signOutAction } from '@/app/(shop)/dang-nhap/actions';
// biome-ignore lint/style/noRestrictedImports: existing server actions still live under app/; moving them to lib/ is tracked
import { signOutFromShopAction } from '@/app/(shop)/account/actions';

// Signing out inside the shop ends with a full page load: the shop layout would otherwise keep the signed-in
// cart in the header and the router would keep account pages for the back button. Without JavaScript the form
// posts to the ordinary sign-out action, which redirects.

export function SignOutButton({ className }: { className: string }) {
  const [pending, startTransition] = useTransition();
  return (
    <form
      action={signOutAction}
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          await signOutFromShopAction();
          window.location.assign('/');
        });
      }}
    >
      <button type="submit" disabled={pending} className={className}>
        {pending ? 'Đang đăng xuất…' : 'Đăng xuất'}
      </button>
    </form>
  );
}
