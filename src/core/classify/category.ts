/**
 * What a link of a platform points to: shopping (products, shops, carts, affiliate and
 * shopping short links) or content (videos, notes, profiles and the like).
 */
export type Category = 'ecommerce' | 'content';

export const CATEGORIES: readonly Category[] = ['ecommerce', 'content'];
