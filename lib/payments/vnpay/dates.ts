// VNPay wants yyyyMMddHHmmss in GMT+7. Computed from the instant alone (UTC getters on a shifted copy),
// so the result is the same whatever the process's TZ; the vnpay package's own default is right only
// when the process runs in UTC.

const GMT7_OFFSET_MS = 7 * 60 * 60 * 1000;

const pad = (n: number) => String(n).padStart(2, '0');

export function vnpayDate(instant: Date): string {
  const t = new Date(instant.getTime() + GMT7_OFFSET_MS);
  return `${t.getUTCFullYear()}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}${pad(t.getUTCSeconds())}`;
}
