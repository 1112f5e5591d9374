'use client';

import { useActionState } from 'react';
import { ActionAlert, fieldErrorsOf, IDLE } from '@/components/admin/action-alert';
import { buttonClass, SelectField } from '@/components/admin/fields';
import { useDraft } from '@/components/admin/use-draft';
import { TextField } from '@/components/checkout/text-field';
import type { ActionState } from '@/lib/admin/action';
import type { TraderInfo } from '@/lib/legal/trader-info';

type Props = { initial: TraderInfo; action: (prev: ActionState, form: FormData) => Promise<ActionState> };

const TEXT_FIELDS: {
  name: keyof TraderInfo;
  label: string;
  max: number;
  optional?: boolean;
  hint?: string;
  type?: string;
}[] = [
  { name: 'companyName', label: 'Tên doanh nghiệp', max: 200 },
  { name: 'storeName', label: 'Tên cửa hàng', max: 100 },
  { name: 'registrationNumber', label: 'Mã số doanh nghiệp (số ĐKKD)', max: 30 },
  { name: 'registrationIssuer', label: 'Nơi cấp', max: 200 },
  { name: 'registrationDate', label: 'Ngày cấp', max: 10, type: 'date' },
  { name: 'address', label: 'Địa chỉ trụ sở', max: 300 },
  { name: 'phone', label: 'Điện thoại', max: 30, type: 'tel' },
  { name: 'email', label: 'Email liên hệ', max: 200, type: 'email' },
  { name: 'representative', label: 'Người chịu trách nhiệm', max: 100 },
  { name: 'representativeTitle', label: 'Chức vụ', max: 100, optional: true },
  { name: 'openingHours', label: 'Giờ mở cửa', max: 200, optional: true },
  {
    name: 'moitNotificationUrl',
    label: 'Đường dẫn thông báo Bộ Công Thương',
    max: 500,
    optional: true,
    type: 'url',
    hint: 'Trang của website trên online.gov.vn (https://…). Để trống thì không hiện biểu tượng.',
  },
];

export function TraderForm({ initial, action }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [draft, setDraft] = useDraft(initial);
  const errors = fieldErrorsOf(state);
  return (
    <form
      action={formAction}
      noValidate
      aria-busy={pending}
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4"
    >
      <ActionAlert state={state} />
      {TEXT_FIELDS.map((f) => (
        <TextField
          key={f.name}
          name={f.name}
          label={f.label}
          type={f.type ?? 'text'}
          optional={f.optional}
          hint={f.hint}
          maxLength={f.max}
          value={String(draft[f.name] ?? '')}
          error={errors[f.name]}
          onChange={(e) => setDraft((d) => ({ ...d, [f.name]: e.target.value }))}
        />
      ))}
      <SelectField
        name="moitStatus"
        label="Tình trạng với Bộ Công Thương"
        value={draft.moitStatus}
        error={errors.moitStatus}
        onChange={(e) => setDraft((d) => ({ ...d, moitStatus: e.target.value as TraderInfo['moitStatus'] }))}
        options={[
          { value: 'none', label: 'Chưa thông báo' },
          { value: 'notified', label: 'Đã thông báo (website bán hàng)' },
          { value: 'registered', label: 'Đã đăng ký (sàn/dịch vụ TMĐT)' },
        ]}
      />
      <button type="submit" disabled={pending} className={buttonClass.primary}>
        {pending ? 'Đang lưu…' : 'Lưu thông tin'}
      </button>
    </form>
  );
}
