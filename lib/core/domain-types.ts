// The domain's enumerations as types, for UI code: components describe orders, payments and roles with these and
// never import the database schema (where the value lists live, next to the CHECK constraints built from them).
export type { OrderStatus, PaymentMethod, PaymentStatus, PolicySlug, UserRole } from '@/db/schema';
