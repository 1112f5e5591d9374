'use server';

import { adminAction } from '@/lib/admin/action';
import { afterMutation } from '@/lib/admin/after-mutation';
import { getDb } from '@/lib/db/client';
import { adjustStock } from '@/lib/inventory/adjust';
import { stockAdjustmentSchema } from '@/lib/inventory/adjust-schema';

// Staff adjust a variant's stock (goods received, damaged, a count): lib/inventory/adjust.ts does the work.
export const adjustStockAction = adminAction({ schema: stockAdjustmentSchema }, async (input, actor) => {
  const result = await adjustStock(await getDb(), input, actor);
  if (!result.ok) {
    if (result.code === 'not_found') {
      return { ok: false, code: 'not_found', message: 'Không tìm thấy mẫu sản phẩm này (có thể vừa bị xóa).' };
    }
    afterMutation.refreshPage(); // show the stock as it is now
    return {
      ok: false,
      code: 'conflict',
      message: 'Không đủ tồn kho để trừ.',
      fieldErrors: { quantity: `Chỉ còn ${result.stock} trong kho, không thể trừ ${result.requested}.` },
    };
  }
  if (!result.changed) {
    return { ok: true, message: `Số đếm được bằng tồn kho hiện tại (${result.stock}): không có thay đổi.` };
  }
  await afterMutation.stockChanged([result.productSlug], result.inStockChanged);
  afterMutation.refreshPage();
  const sign = result.delta > 0 ? '+' : '−';
  return {
    ok: true,
    message: `Đã cập nhật tồn kho: ${result.before} → ${result.after} (${sign}${Math.abs(result.delta)}).`,
  };
});
