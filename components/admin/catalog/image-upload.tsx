'use client';

import dynamic from 'next/dynamic';
import { startTransition, useActionState, useEffect, useRef, useState } from 'react';
import { ActionAlert } from '@/components/admin/action-alert';
import { buttonClass } from '@/components/admin/fields';
import { controlClass } from '@/components/checkout/text-field';
import { IDLE } from '@/components/admin/action-alert';
import type { ActionState } from '@/lib/admin/action';
import type { UploadedImage } from './cloudinary-upload';

// Adding an image: the file goes to storage first (this server's /api/admin/uploads, or Cloudinary through
// the signed upload widget), then the product gets it with its alt text through a server action, which
// checks that the file really is one of our uploads.

// The widget's script and next-cloudinary load only where Cloudinary is configured.
const CloudinaryUpload = dynamic(() => import('./cloudinary-upload').then((m) => m.CloudinaryUpload), {
  loading: () => <p className="text-sm text-stone-600">Đang tải trình tải ảnh…</p>,
});

export type UploadTargetDto =
  | { kind: 'local' }
  | { kind: 'cloudinary'; cloudName: string; apiKey: string; folder: string };

const MAX_BYTES = 5 * 1024 * 1024;
const ACCEPT = 'image/jpeg,image/png,image/webp,image/avif';

type Props = {
  productId: number;
  target: UploadTargetDto;
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
};

async function uploadLocally(file: File): Promise<UploadedImage | { error: string }> {
  const body = new FormData();
  body.set('file', file);
  try {
    const res = await fetch('/api/admin/uploads', { method: 'POST', body });
    const json = (await res.json().catch(() => null)) as
      | (UploadedImage & { error?: undefined })
      | { error?: { message?: string } }
      | null;
    if (!res.ok || !json || !('src' in json)) {
      return { error: json?.error?.message ?? 'Tải ảnh lên không thành công, vui lòng thử lại.' };
    }
    return { src: json.src, width: json.width, height: json.height };
  } catch {
    return { error: 'Không kết nối được máy chủ, vui lòng thử lại.' };
  }
}

export function ImageUpload({ productId, target, action }: Props) {
  const [state, dispatch, pending] = useActionState(action, IDLE);
  const [uploading, setUploading] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [altError, setAltError] = useState<string | null>(null);
  const [uploaded, setUploaded] = useState<UploadedImage | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const serverErrors = state.status === 'error' ? state.fieldErrors : {};
  const altMessage = altError ?? serverErrors.alt;
  const fileMessage = fileError ?? serverErrors.src;

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const alt = String(data.get('alt') ?? '').trim();
    const file = data.get('file');
    setAltError(alt ? null : 'Vui lòng nhập mô tả ảnh (alt) cho người không xem được ảnh.');
    let image = uploaded;
    if (target.kind === 'local') {
      if (!(file instanceof File) || file.size === 0) {
        setFileError('Vui lòng chọn một tệp ảnh.');
        return;
      }
      if (file.size > MAX_BYTES) {
        setFileError('Ảnh quá lớn: tối đa 5 MB.');
        return;
      }
      setFileError(null);
      if (!alt) return;
      setUploading(true);
      const result = await uploadLocally(file);
      setUploading(false);
      if ('error' in result) {
        setFileError(result.error);
        return;
      }
      image = result;
    } else if (!image) {
      setFileError('Vui lòng chọn ảnh trước.');
      return;
    }
    if (!alt || !image) return;
    const payload = new FormData();
    payload.set('productId', String(productId));
    payload.set('src', image.src);
    payload.set('width', String(image.width));
    payload.set('height', String(image.height));
    payload.set('alt', alt);
    startTransition(() => dispatch(payload));
  };
  useEffect(() => {
    if (state.status !== 'ok') return;
    form.current?.reset();
    setUploaded(null);
  }, [state]);

  const busy = uploading || pending;
  return (
    <form ref={form} onSubmit={submit} noValidate aria-busy={busy} className="space-y-3">
      <h3 className="font-semibold">Thêm ảnh</h3>
      {target.kind === 'local' ? (
        <div>
          <label htmlFor="image-file" className="mb-1 block text-sm font-semibold">
            Tệp ảnh
          </label>
          <input
            id="image-file"
            name="file"
            type="file"
            accept={ACCEPT}
            aria-invalid={fileMessage ? true : undefined}
            aria-describedby={`image-file-hint${fileMessage ? ' image-file-error' : ''}`}
            className="block min-h-11 w-full text-sm file:mr-3 file:min-h-11 file:rounded-md file:border file:border-stone-300 file:bg-white file:px-4"
          />
          <p id="image-file-hint" className="mt-1 text-xs text-stone-600">
            JPEG, PNG, WebP hoặc AVIF, tối đa 5 MB.
          </p>
          {fileMessage && (
            <p id="image-file-error" className="mt-1 text-sm font-medium text-brand-800">
              {fileMessage}
            </p>
          )}
        </div>
      ) : (
        <div>
          <CloudinaryUpload
            cloudName={target.cloudName}
            apiKey={target.apiKey}
            folder={target.folder}
            onUploaded={(image) => {
              setUploaded(image);
              setFileError(null);
            }}
          />
          {uploaded && <p className="mt-1 text-sm text-stone-700">Đã tải lên: {uploaded.src}</p>}
          {fileMessage && <p className="mt-1 text-sm font-medium text-brand-800">{fileMessage}</p>}
        </div>
      )}
      <div>
        <label htmlFor="image-alt" className="mb-1 block text-sm font-semibold">
          Mô tả ảnh (alt)
        </label>
        <input
          id="image-alt"
          name="alt"
          maxLength={200}
          aria-invalid={altMessage ? true : undefined}
          aria-describedby={`image-alt-hint${altMessage ? ' image-alt-error' : ''}`}
          className={controlClass(altMessage)}
        />
        <p id="image-alt-hint" className="mt-1 text-xs text-stone-600">
          Ảnh cho thấy gì, ví dụ “Loa JBL Charge 5 màu đen nhìn nghiêng”.
        </p>
        {altMessage && (
          <p id="image-alt-error" className="mt-1 text-sm font-medium text-brand-800">
            {altMessage}
          </p>
        )}
      </div>
      <button type="submit" disabled={busy} className={buttonClass.primary}>
        {uploading ? 'Đang tải lên…' : pending ? 'Đang lưu…' : target.kind === 'local' ? 'Tải ảnh lên' : 'Lưu ảnh'}
      </button>
      <ActionAlert state={state} />
    </form>
  );
}
