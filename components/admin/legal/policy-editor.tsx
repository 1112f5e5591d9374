'use client';

import { useActionState, useRef, useState } from 'react';
import { ActionAlert, fieldErrorsOf, IDLE } from '@/components/admin/action-alert';
import { buttonClass } from '@/components/admin/fields';
import { TextField } from '@/components/checkout/text-field';
import type { ActionState } from '@/lib/admin/action';

// A small rich-text editor for policy pages: an editable area with buttons for the formatting a policy
// needs (headings, bold, italic, lists, links). Its HTML travels in a hidden field; the server keeps only
// an allow-list of tags (lib/legal/sanitize.ts), so whatever is pasted here cannot reach the shop as script.

type Props = {
  slug: string;
  baseVersion: number;
  initialTitle: string;
  /** Already sanitised by the server. */
  initialHtml: string;
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
};

type Command = { label: string; title: string; run: () => void };

export function PolicyEditor({ slug, baseVersion, initialTitle, initialHtml, action }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const errors = fieldErrorsOf(state);
  const [title, setTitle] = useState(initialTitle);
  const [html, setHtml] = useState(initialHtml);
  const area = useRef<HTMLDivElement>(null);

  const exec = (command: string, value?: string) => {
    area.current?.focus();
    // execCommand is deprecated but still the one editing primitive every browser implements for this.
    document.execCommand(command, false, value);
    setHtml(area.current?.innerHTML ?? '');
  };
  const commands: Command[] = [
    { label: 'H2', title: 'Tiêu đề mục', run: () => exec('formatBlock', 'h2') },
    { label: 'H3', title: 'Tiêu đề nhỏ', run: () => exec('formatBlock', 'h3') },
    { label: '¶', title: 'Đoạn văn', run: () => exec('formatBlock', 'p') },
    { label: 'B', title: 'In đậm', run: () => exec('bold') },
    { label: 'I', title: 'In nghiêng', run: () => exec('italic') },
    { label: '• Danh sách', title: 'Danh sách dấu chấm', run: () => exec('insertUnorderedList') },
    { label: '1. Danh sách', title: 'Danh sách số', run: () => exec('insertOrderedList') },
    {
      label: 'Liên kết',
      title: 'Chèn liên kết',
      run: () => {
        const url = window.prompt('Địa chỉ liên kết (https://…, /trang-cua-shop, mailto:…)');
        if (url) exec('createLink', url);
      },
    },
  ];

  return (
    <form
      action={formAction}
      noValidate
      aria-busy={pending}
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4"
    >
      <ActionAlert state={state} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <input type="hidden" name="bodyHtml" value={html} />
      <TextField
        name="title"
        label="Tiêu đề"
        maxLength={150}
        value={title}
        error={errors.title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <div>
        <span id="policy-body-label" className="mb-1 block font-medium">
          Nội dung
        </span>
        <div role="toolbar" aria-label="Định dạng" className="mb-2 flex flex-wrap gap-2">
          {commands.map((c) => (
            <button
              key={c.label}
              type="button"
              title={c.title}
              aria-label={c.title}
              onMouseDown={(e) => e.preventDefault()}
              onClick={c.run}
              className={buttonClass.secondary}
            >
              {c.label}
            </button>
          ))}
        </div>
        {/* biome-ignore lint/a11y/useSemanticElements: rich text cannot live in a textarea; contentEditable with role textbox is the pattern */}
        <div
          ref={area}
          id="policy-body"
          role="textbox"
          tabIndex={0}
          aria-multiline="true"
          aria-labelledby="policy-body-label"
          aria-invalid={errors.bodyHtml ? true : undefined}
          aria-describedby={errors.bodyHtml ? 'policy-body-error' : undefined}
          contentEditable
          suppressContentEditableWarning
          onInput={(e) => setHtml(e.currentTarget.innerHTML)}
          className="policy-body min-h-80 space-y-3 rounded-md border border-stone-300 p-3 focus:outline-2 focus:outline-brand-600 [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:text-lg [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6 [&_a]:underline"
          dangerouslySetInnerHTML={{ __html: initialHtml }}
        />
        {errors.bodyHtml && (
          <p id="policy-body-error" className="mt-1 text-sm font-medium text-brand-800">
            {errors.bodyHtml}
          </p>
        )}
      </div>
      <button type="submit" disabled={pending} className={buttonClass.primary}>
        {pending ? 'Đang lưu…' : `Đăng phiên bản ${baseVersion + 1}`}
      </button>
    </form>
  );
}
