// How personal fields look once erased. Orders stay for the accounting period with their amounts, items
// and region, but nobody can be recognised from them: a name keeps its initials, a phone its last two
// digits, an e-mail its first letter and domain, the street goes.

export const ERASED_STREET = '[đã xóa]';
export const ERASED_NAME = 'Khách hàng đã xóa dữ liệu';

/** "Nguyễn Văn An" -> "N. V. A. (đã ẩn danh)"; keeps nothing else. */
export function maskName(name: string): string {
  const initials = name
    .normalize('NFC')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `${w[0]?.toUpperCase()}.`)
    .join(' ');
  return initials ? `${initials} (đã ẩn danh)` : ERASED_NAME;
}

/** "0912345678" -> "********78". */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length <= 2) return '**';
  return `${'*'.repeat(digits.length - 2)}${digits.slice(-2)}`;
}

/** "an.nguyen@example.vn" -> "a***@example.vn" (an address that no longer reaches anybody). */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***@${email.slice(at + 1)}`;
}

/** What an erased account's e-mail becomes: unique (the column is), lower-case, and undeliverable. */
export const erasedAccountEmail = (userId: number) => `erased-${userId}@erased.invalid`;

export const isMasked = (value: string) =>
  value.includes('***') || value === ERASED_STREET || value.includes('(đã ẩn danh)');
