/** 2020-01-15 -> 15/01/2020 (a calendar date: no time zone involved). */
export function formatRegistrationDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}

/** The tel: link of a phone number as the shop typed it ("1900 6868" -> tel:19006868). */
export const telHref = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, '')}`;
