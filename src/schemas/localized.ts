import { z } from 'astro/zod';
import { locales } from '../i18n/locales';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** A text in every site language; a missing language is a schema error, never a silent fallback. */
export const localized = () => z.strictObject(Object.fromEntries(locales.map((l) => [l, nonEmpty])) as Record<(typeof locales)[number], typeof nonEmpty>);

export type Localized = z.infer<ReturnType<typeof localized>>;

/** A date as precise as the source gives it: `2018`, `2019-01` or `2019-01-08`. */
export const partialDate = () => z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

/** Kebab-case id shared by both languages (anchors, URLs, references). */
export const kebabId = () => z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)');

/** The id of source paragraph n: its anchor on the source page (`#p7`) and how content files refer to it. */
export const paragraphId = (n: number) => `p${n}`;

/** A source paragraph id as written in content files (`p7`). */
export const paragraphIdSchema = () => z.string().regex(/^p[1-9]\d*$/, 'must be a source paragraph id such as p7');

/**
 * A paragraph of the source article, written as its id (`p7`), so the data files hold no bare numbers
 * that are not facts. Parsed to the paragraph's number.
 */
export const paragraphNumber = () => paragraphIdSchema().transform((id) => Number(id.slice(1)));
