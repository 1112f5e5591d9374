'use client';

import { CldImage } from 'next-cloudinary';
import type { ComponentProps } from 'react';

// CldImage uses hooks, so it needs a client boundary. The cloud name arrives as a prop: client code never reads env.
type Props = Omit<ComponentProps<typeof CldImage>, 'config'> & { cloudName: string };

export function CloudinaryImage({ cloudName, ...props }: Props) {
  return <CldImage {...props} config={{ cloud: { cloudName } }} />;
}
