// Characters no text field of ours accepts: C0 controls (NUL included: PostgreSQL refuses it in text and would
// answer a 500) and DEL. Tab, line feed and carriage return are allowed only where a field says so (multi-line
// notes). Pure, and free of zod, so client components may use it too.

export function hasControlChars(value: string, opts: { allowNewlines?: boolean } = {}): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 0x7f) return true;
    if (code < 0x20) {
      if (opts.allowNewlines && (code === 0x09 || code === 0x0a || code === 0x0d)) continue;
      return true;
    }
  }
  return false;
}
