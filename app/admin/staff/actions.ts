'use server';

import { revalidatePath } from 'next/cache';
import { adminAction } from '@/lib/admin/action';
import {
  changeRole,
  changeRoleSchema,
  inviteStaff,
  inviteStaffSchema,
  resendStaffInvite,
  revokeStaffSessions,
  setAccountDisabled,
  setDisabledSchema,
  staffUserSchema,
} from '@/lib/admin/staff';
import { getDb } from '@/lib/db/client';
import { kickOutbox } from '@/lib/outbox/scheduler';

// /admin/staff: admins only ('staff:manage', checked by adminAction before the form is read).

const done = <T extends { ok: boolean }>(result: T): T => {
  if (result.ok) revalidatePath('/admin/staff');
  return result;
};

export const inviteStaffAction = adminAction(
  { permission: 'staff:manage', schema: inviteStaffSchema },
  async (input, actor) => {
    const result = await inviteStaff(await getDb(), actor, input);
    if (result.ok) kickOutbox();
    return done(result);
  },
);

export const changeRoleAction = adminAction(
  { permission: 'staff:manage', schema: changeRoleSchema },
  async (input, actor) => done(await changeRole(await getDb(), actor, input)),
);

export const setAccountDisabledAction = adminAction(
  { permission: 'staff:manage', schema: setDisabledSchema },
  async (input, actor) => done(await setAccountDisabled(await getDb(), actor, input)),
);

export const resendStaffInviteAction = adminAction(
  { permission: 'staff:manage', schema: staffUserSchema },
  async (input, actor) => {
    const result = await resendStaffInvite(await getDb(), actor, input);
    if (result.ok) kickOutbox();
    return done(result);
  },
);

export const revokeStaffSessionsAction = adminAction(
  { permission: 'staff:manage', schema: staffUserSchema },
  async (input, actor) => done(await revokeStaffSessions(await getDb(), actor, input)),
);
