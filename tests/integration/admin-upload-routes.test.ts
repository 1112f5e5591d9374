import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '@/lib/auth/users';
import { cloudinarySignature } from '@/lib/cloudinary/signature';
import { parseEnv } from '@/lib/env';
import { gradientPng } from '../support/png';

// The upload and signing route handlers as the browser calls them: local uploads check the bytes, store
// the file and serve it back; with Cloudinary configured, local uploads are refused and the signer
// signs only our folder's parameters. The session and the environment are stubbed per test.

const dir = mkdtempSync(path.join(tmpdir(), 'atl-upload-route-'));
const stub = vi.hoisted(() => ({
  user: null as SessionUser | null,
  env: {} as Record<string, string | undefined>,
}));
// Only what the routes use: the real module loads next-auth, which needs Next's runtime.
vi.mock('@/lib/auth/session', async () => {
  const { ApiError } = await import('@/lib/api/errors');
  return {
    getCurrentUser: async () => stub.user,
    requireApiPermission: async () => {
      if (!stub.user) throw new ApiError(401, 'unauthorized', 'Vui lòng đăng nhập.');
      if (stub.user.role === 'customer') throw new ApiError(403, 'forbidden', 'Không có quyền.');
      return stub.user;
    },
  };
});
vi.mock('@/lib/env', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/env')>();
  return { ...real, getEnv: () => real.parseEnv(stub.env) };
});

const upload = await import('@/app/api/admin/uploads/route');
const sign = await import('@/app/api/admin/cloudinary/sign/route');
const serve = await import('@/app/uploads/[file]/route');

const staff: SessionUser = { id: 1, email: 'nv@example.vn', name: 'NV', role: 'staff', emailVerified: true };
const cloudinary = {
  NEXT_PUBLIC_CLOUDINARY_CLOUD_NAME: 'demo-cloud',
  CLOUDINARY_API_KEY: '123456',
  CLOUDINARY_API_SECRET: 'shh-secret',
};

function multipart(file: Blob | null): NextRequest {
  const body = new FormData();
  if (file !== null) body.set('file', file, 'anh.png');
  return new NextRequest('http://localhost/api/admin/uploads', { method: 'POST', body });
}

const noContext = {} as never;

describe('admin upload routes', () => {
  beforeEach(() => {
    stub.user = staff;
    stub.env = { UPLOAD_DIR: dir };
    expect(() => parseEnv(stub.env)).not.toThrow();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores a real image and serves it back with its type and a long cache', async () => {
    const png = gradientPng(32, 24);
    const res = await upload.POST(multipart(new Blob([new Uint8Array(png)], { type: 'image/png' })), noContext);
    expect(res.status).toBe(201);
    const body = (await res.json()) as { src: string; width: number; height: number };
    expect(body).toMatchObject({ width: 32, height: 24 });
    expect(body.src).toMatch(/^\/uploads\/[a-f0-9]{32}\.png$/);

    const name = body.src.split('/').pop() ?? '';
    const served = await serve.GET(new Request(`http://localhost${body.src}`), {
      params: Promise.resolve({ file: name }),
    });
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('cache-control')).toContain('immutable');
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);

    const traversal = await serve.GET(new Request('http://localhost/uploads/x'), {
      params: Promise.resolve({ file: '../package.json' }),
    });
    expect(traversal.status).toBe(404);
  });

  it('refuses a file that only claims to be an image, a missing file and anonymous callers', async () => {
    const before = readdirSync(dir).length;
    const fake = await upload.POST(multipart(new Blob(['<svg onload="alert(1)"/>'], { type: 'image/png' })), noContext);
    expect(fake.status).toBe(415);
    expect(((await fake.json()) as { error: { fields: Record<string, string> } }).error.fields.file).toMatch(
      /JPEG, PNG/,
    );
    expect((await upload.POST(multipart(null), noContext)).status).toBe(400);
    stub.user = null;
    expect((await upload.POST(multipart(new Blob([new Uint8Array(gradientPng(2, 2))])), noContext)).status).toBe(401);
    expect(readdirSync(dir).length).toBe(before);
  });

  it('with Cloudinary configured: refuses local uploads and signs the widget parameters', async () => {
    stub.env = { UPLOAD_DIR: dir, ...cloudinary };
    expect((await upload.POST(multipart(new Blob([new Uint8Array(gradientPng(2, 2))])), noContext)).status).toBe(409);

    const paramsToSign = { timestamp: Math.floor(Date.now() / 1000), source: 'uw', folder: 'audio-tai-loc/products' };
    const signRequest = (body: unknown) =>
      sign.POST(
        new NextRequest('http://localhost/api/admin/cloudinary/sign', { method: 'POST', body: JSON.stringify(body) }),
        noContext,
      );
    const ok = await signRequest({ paramsToSign });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ signature: cloudinarySignature(paramsToSign, 'shh-secret') });

    const elsewhere = await signRequest({ paramsToSign: { ...paramsToSign, folder: 'other' } });
    expect(elsewhere.status).toBe(400);
    const hook = await signRequest({ paramsToSign: { ...paramsToSign, notification_url: 'https://x.example' } });
    expect(hook.status).toBe(400);
    const smuggled = await signRequest({
      paramsToSign: { ...paramsToSign, tags: 'loa&notification_url=https://x.example' },
    });
    expect(smuggled.status).toBe(400);
    const { folder: _folder, ...withoutFolder } = paramsToSign;
    expect((await signRequest({ paramsToSign: withoutFolder })).status).toBe(400);

    stub.user = { ...staff, role: 'customer' };
    expect((await signRequest({ paramsToSign })).status).toBe(403);
  });

  it('without Cloudinary the signer says so', async () => {
    const res = await sign.POST(
      new NextRequest('http://localhost/api/admin/cloudinary/sign', {
        method: 'POST',
        body: JSON.stringify({ paramsToSign: { timestamp: 1 } }),
      }),
      noContext,
    );
    expect(res.status).toBe(409);
  });
});
