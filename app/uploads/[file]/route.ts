import { getEnv } from '@/lib/env';
import { readLocalUpload } from '@/lib/uploads/local-store';

// GET /uploads/{name} – a product image uploaded in /admin and stored on this server
export async function GET(_req: Request, ctx: RouteContext<'/uploads/[file]'>) {
  const { file } = await ctx.params;
  const found = await readLocalUpload(getEnv().UPLOAD_DIR, file);
  if (!found) return new Response('Không tìm thấy ảnh.', { status: 404 });
  return new Response(new Uint8Array(found.bytes), {
    headers: {
      'content-type': found.mime,
      // Names are random and files never change: cache for good.
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'",
    },
  });
}
