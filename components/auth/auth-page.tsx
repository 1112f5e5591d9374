import type { ReactNode } from 'react';

export function AuthPage({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-md px-4 py-10">
      <h1 className="text-2xl font-bold sm:text-3xl">{title}</h1>
      {intro && <div className="mt-2 text-stone-700">{intro}</div>}
      {children}
    </div>
  );
}

export const linkClass = 'inline-flex min-h-11 items-center font-semibold text-brand-700 underline';
