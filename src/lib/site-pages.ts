/** A page as the navigation needs it. */
export interface NavPage {
  slug: string;
  navTitle: string;
  navOrder: number;
}

/** Splits a pages-collection id (`zh/overview`) into its language and slug. */
export function splitPageId(id: string): { locale: string; slug: string } {
  const [locale = '', ...rest] = id.split('/');
  return { locale, slug: rest.join('/') };
}

/** Navigation order: by `navOrder`, then slug, so equal orders stay stable across languages. */
export function sortForNavigation<T extends NavPage>(pages: T[]): T[] {
  return [...pages].sort((a, b) => a.navOrder - b.navOrder || a.slug.localeCompare(b.slug));
}
