/** Tags a user's cached chart figures, so deleting their data drops the figures from memory too. */
export function cachedFiguresTag(userId: string): string {
  return `figures:${userId}`;
}
