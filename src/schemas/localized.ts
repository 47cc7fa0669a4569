import { z } from 'astro/zod';
import { locales } from '../i18n/locales';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** A text in every site language; a missing language is a schema error, never a silent fallback. */
export const localized = () =>
  z.strictObject(Object.fromEntries(locales.map((l) => [l, nonEmpty])) as Record<(typeof locales)[number], typeof nonEmpty>);

export type Localized = z.infer<ReturnType<typeof localized>>;

/** A date as precise as the source gives it: `2018`, `2019-01` or `2019-01-08`. */
export const partialDate = () =>
  z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

/** Kebab-case id shared by both languages (anchors, URLs, references). */
export const kebabId = () => z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)');

/** Number of a paragraph of the source article (p1 … pN). */
export const paragraphNumber = () => z.number().int().positive();
