// Our references for payment attempts. Each attempt gets a fresh one: gateways refuse a reference they
// have seen (PayOS orderCode forever, VNPay TxnRef within a day, MoMo orderId), and a database reset in
// development must not bring old ones back. `seq` comes from payment_attempt_seq, so two attempts in
// the same second still differ; the (gateway, reference) unique index is the final guard.

/** 13 digits: Unix seconds and the attempt sequence modulo 1000. Far below Number.MAX_SAFE_INTEGER. */
export function attemptStamp(seq: number, now: Date): string {
  return `${Math.floor(now.getTime() / 1000)}${String(seq % 1000).padStart(3, '0')}`;
}

/** ATL-000123 -> ATL000123: letters and digits only, for gateways that allow nothing else. */
export function compactOrderNumber(orderNumber: string): string {
  return orderNumber.replace(/[^A-Za-z0-9]/g, '');
}

/** Plain ASCII letters, digits and spaces (VNPay's OrderInfo, MoMo's orderInfo): no diacritics. */
export function asciiText(text: string, max = 255): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}
