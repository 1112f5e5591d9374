// Cart limits shared by the server and the quantity controls. A module of its own, without zod: client
// components import it, and anything they import ships to every page (lib/cart/dto.ts holds zod schemas).

/** Most units of one variant a cart line may hold. */
export const MAX_LINE_QUANTITY = 99;
