// Contact details shown in the header and footer and used in structured data. Placeholder values until the shop
// supplies its real ones; they live in one place so that changing them is one edit.
export const SHOP = {
  name: 'Audio Tài Lộc',
  hotline: '1900 6868',
  hotlineTel: '19006868',
  email: 'hotro@audiotailoc.vn',
  street: '123 Nguyễn Trãi',
  ward: 'Phường Bến Thành',
  city: 'TP. Hồ Chí Minh',
  hours: '8:00 – 21:00, Thứ Hai đến Chủ Nhật',
} as const;
