'use server';

import { signIn } from '@/lib/auth/auth';
import { callbackPath } from '@/lib/auth/schemas';

export async function googleSignInAction(form: FormData): Promise<void> {
  await signIn('google', { redirectTo: callbackPath.parse(form.get('callbackUrl') ?? '/account') });
}
