'use client';

import dynamic from 'next/dynamic';

// The client boundary for Cloudinary images. next-cloudinary (with its own copy of zod) weighs ~40 kB gzipped,
// and only a dynamic import inside the client bundle keeps it out of pages that show no Cloudinary image.
// Imported from a server component, even a dynamic import would put it in the page's entry chunks.
export const CloudinaryImageLazy = dynamic(() => import('./cloudinary-image').then((m) => m.CloudinaryImage));
