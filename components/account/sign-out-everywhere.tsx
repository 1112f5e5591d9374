// biome-ignore lint/style/noRestrictedImports: these server actions still live under app/
import { signOutEverywhereAction } from '@/app/(shop)/account/actions';
import { secondaryButton } from './form-alert';

// A plain form: it works without JavaScript, and the action ends with a redirect to the sign-in page.

export function SignOutEverywhere() {
  return (
    <form action={signOutEverywhereAction} className="mt-3">
      <button type="submit" className={secondaryButton}>
        Đăng xuất khỏi mọi thiết bị
      </button>
    </form>
  );
}
