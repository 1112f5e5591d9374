// Product specification keys, their Vietnamese labels and display order. Products store specs as
// { key: value }; a category names the keys it offers as filters.

export const SPEC_LABELS = {
  connectivity: 'Kết nối',
  bluetooth: 'Phiên bản Bluetooth',
  codec: 'Codec hỗ trợ',
  power: 'Công suất',
  frequencyResponse: 'Dải tần',
  impedance: 'Trở kháng',
  sensitivity: 'Độ nhạy',
  driver: 'Củ loa / driver',
  anc: 'Chống ồn chủ động',
  battery: 'Thời lượng pin',
  waterproof: 'Chống nước',
  channels: 'Số kênh',
  inputs: 'Cổng vào',
  outputs: 'Cổng ra',
  dacChip: 'Chip DAC',
  sampleRate: 'Độ phân giải',
  drive: 'Kiểu truyền động',
  speeds: 'Tốc độ quay',
  cartridge: 'Kim / cartridge',
  micType: 'Loại micro',
  polarPattern: 'Hướng thu',
  weight: 'Trọng lượng',
  dimensions: 'Kích thước',
  warranty: 'Bảo hành',
} as const;

export type SpecKey = keyof typeof SPEC_LABELS;
export const SPEC_KEYS = Object.keys(SPEC_LABELS) as SpecKey[];

export function isSpecKey(key: string): key is SpecKey {
  return Object.hasOwn(SPEC_LABELS, key);
}

/** Specs in display order with labels; unknown keys are dropped. */
export function specRows(specs: Record<string, string>): { key: SpecKey; label: string; value: string }[] {
  return SPEC_KEYS.filter((k) => specs[k]).map((k) => ({ key: k, label: SPEC_LABELS[k], value: specs[k] ?? '' }));
}
