/** A text column read by the plain client: NULL (or a missing column) as null, anything else as its text. */
export const nullableText = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));
