// Our ids are PostgreSQL `integer` (int4) columns: a number past this is no id of ours, and sent to the
// database as a parameter it fails the query ("out of range for type integer") instead of matching nothing.
export const MAX_INT4_ID = 2_147_483_647;
