'use client';

import { type DragEvent, startTransition, useActionState, useEffect, useState } from 'react';
import { ActionAlert } from '@/components/admin/action-alert';
import { buttonClass } from '@/components/admin/fields';
import { controlClass } from '@/components/checkout/text-field';
import { ProductImage } from '@/components/product-image';
import { IDLE } from '@/components/admin/action-alert';
import type { ActionState } from '@/lib/admin/action';
import type { ImageDraft } from '@/lib/catalog-admin/product-draft';

// A product's images in display order (the first is the card and main image). Reorder by dragging, or with
// the "Lên"/"Xuống" buttons (keyboard, touch screens without drag and drop); each move is saved at once.
// Each image has its own alt form and delete button.

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

type Props = {
  productId: number;
  images: ImageDraft[];
  cloudName?: string;
  actions: { reorder: Action; alt: Action; remove: Action };
};

function move<T>(list: T[], from: number, to: number): T[] {
  const out = [...list];
  const [item] = out.splice(from, 1);
  if (item !== undefined) out.splice(to, 0, item);
  return out;
}

export function ImageList({ productId, images, cloudName, actions }: Props) {
  const [order, setOrder] = useState(images);
  const [dragged, setDragged] = useState<number | null>(null);
  const [state, dispatch, pending] = useActionState(actions.reorder, IDLE);
  const [announcement, setAnnouncement] = useState('');
  // The server's order wins whenever the page brings a new one (after any save).
  useEffect(() => setOrder(images), [images]);

  const commit = (next: ImageDraft[], moved: ImageDraft) => {
    setOrder(next);
    setAnnouncement(`Ảnh “${moved.alt}” ở vị trí ${next.indexOf(moved) + 1} trên ${next.length}.`);
    const form = new FormData();
    form.set('productId', String(productId));
    form.set('order', next.map((i) => i.id).join(','));
    startTransition(() => dispatch(form));
  };
  const moveBy = (index: number, delta: number) => {
    const target = index + delta;
    const item = order[index];
    if (!item || target < 0 || target >= order.length) return;
    commit(move(order, index, target), item);
  };
  const onDrop = (event: DragEvent<HTMLLIElement>, index: number) => {
    event.preventDefault();
    const from = order.findIndex((i) => i.id === dragged);
    setDragged(null);
    const item = order[from];
    if (from < 0 || from === index || !item) return;
    commit(move(order, from, index), item);
  };

  if (order.length === 0)
    return <p className="text-stone-700">Chưa có ảnh. Sản phẩm hiện “Chưa có ảnh” trên cửa hàng.</p>;
  return (
    <div className="space-y-3">
      <p className="text-sm text-stone-600">
        Kéo thả để đổi thứ tự, hoặc dùng nút Lên/Xuống. Ảnh đầu tiên là ảnh chính.
      </p>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      <ol className="space-y-3" aria-busy={pending}>
        {order.map((image, index) => (
          <li
            key={image.id}
            draggable
            onDragStart={(e) => {
              setDragged(image.id);
              e.dataTransfer.effectAllowed = 'move';
              e.dataTransfer.setData('text/plain', String(image.id));
            }}
            onDragEnd={() => setDragged(null)}
            onDragOver={(e) => {
              e.preventDefault();
              e.dataTransfer.dropEffect = 'move';
            }}
            onDrop={(e) => onDrop(e, index)}
            data-testid="admin-image"
            className={`flex flex-col gap-3 rounded-lg border bg-white p-3 sm:flex-row ${
              dragged === image.id ? 'border-brand-600 opacity-60' : 'border-stone-200'
            }`}
          >
            <div className="flex items-start gap-3">
              <span
                aria-hidden="true"
                className="cursor-grab select-none pt-2 text-stone-500"
                title="Kéo để đổi thứ tự"
              >
                ⠿
              </span>
              <div className="size-24 shrink-0 overflow-hidden rounded-md border border-stone-200 bg-stone-50">
                <ProductImage
                  image={image}
                  cloudName={cloudName}
                  sizes="96px"
                  className="h-full w-full object-contain"
                />
              </div>
            </div>
            <div className="min-w-0 flex-1 space-y-2">
              <p className="text-sm text-stone-600">
                Ảnh {index + 1}
                {index === 0 && ' · ảnh chính'} · {image.width}×{image.height}
              </p>
              <ImageAltForm image={image} action={actions.alt} />
              <div className="flex flex-wrap gap-2">
                <button
                  type="button"
                  className={buttonClass.secondary}
                  disabled={index === 0 || pending}
                  onClick={() => moveBy(index, -1)}
                  aria-label={`Đưa ảnh ${index + 1} lên trước`}
                >
                  ↑ Lên
                </button>
                <button
                  type="button"
                  className={buttonClass.secondary}
                  disabled={index === order.length - 1 || pending}
                  onClick={() => moveBy(index, 1)}
                  aria-label={`Đưa ảnh ${index + 1} xuống sau`}
                >
                  ↓ Xuống
                </button>
                <ImageDeleteForm image={image} position={index + 1} action={actions.remove} />
              </div>
            </div>
          </li>
        ))}
      </ol>
      <ActionAlert state={state} />
    </div>
  );
}

function ImageAltForm({ image, action }: { image: ImageDraft; action: Action }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [alt, setAlt] = useState(image.alt);
  useEffect(() => setAlt(image.alt), [image.alt]);
  const id = `alt-${image.id}`;
  const error = state.status === 'error' ? (state.fieldErrors.alt ?? state.message) : undefined;
  return (
    <form action={formAction} noValidate className="space-y-1">
      <input type="hidden" name="imageId" value={image.id} />
      <label htmlFor={id} className="block text-sm font-semibold">
        Mô tả ảnh (alt)
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          name="alt"
          value={alt}
          onChange={(e) => setAlt(e.target.value)}
          maxLength={200}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={controlClass(error)}
        />
        <button type="submit" disabled={pending} className={buttonClass.secondary}>
          Lưu
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-brand-800">
          {error}
        </p>
      )}
      {state.status === 'ok' && (
        <p role="status" className="text-sm text-emerald-800">
          {state.message}
        </p>
      )}
    </form>
  );
}

function ImageDeleteForm({ image, position, action }: { image: ImageDraft; position: number; action: Action }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (!window.confirm('Xóa ảnh này khỏi sản phẩm?')) e.preventDefault();
      }}
    >
      <input type="hidden" name="imageId" value={image.id} />
      <button type="submit" disabled={pending} className={buttonClass.danger} aria-label={`Xóa ảnh ${position}`}>
        Xóa
      </button>
      {state.status === 'error' && <p className="text-sm font-medium text-brand-800">{state.message}</p>}
    </form>
  );
}
