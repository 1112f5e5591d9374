import { hasControlChars } from './text';

// zod refinements shared by every form and JSON body that takes text from a shopper.

export const NO_CONTROL_CHARS_MESSAGE = 'Nội dung chứa ký tự không hợp lệ.';

/** For `.refine()`: single-line text without NUL or other control characters. */
export const noControlChars = (v: string) => !hasControlChars(v);

/** For `.refine()`: multi-line text (tab and newlines allowed), without NUL or other control characters. */
export const noControlCharsMultiline = (v: string) => !hasControlChars(v, { allowNewlines: true });
