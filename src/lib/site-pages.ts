/** A page as the navigation needs it. */
export interface NavPage {
  slug: string;
  navTitle: string;
  navOrder?: number | undefined;
}

/** Splits a pages-collection id (`zh/overview`) into its language and slug. */
export function splitPageId(id: string): { locale: string; slug: string } {
  const [locale = '', ...rest] = id.split('/');
  return { locale, slug: rest.join('/') };
}

/** The header navigation: pages that have a `navOrder`, by it, then by slug so equal orders stay stable. */
export function navigationPages<T extends NavPage>(pages: T[]): (T & { navOrder: number })[] {
  return pages
    .filter((page): page is T & { navOrder: number } => page.navOrder !== undefined)
    .sort((a, b) => a.navOrder - b.navOrder || a.slug.localeCompare(b.slug));
}
