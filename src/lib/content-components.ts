/**
 * What an attribute of a content component refers to. The validator checks every such reference in every
 * page against its collection (src/lib/mdx-references.ts reads them from the MDX syntax tree); adding a
 * content component that refers to content is one line here.
 * `paragraphs` are the source article's paragraph ids as the data files write them (`p7`).
 */
export const componentReferences = {
  Stat: { id: 'statistics' },
  StatCard: { id: 'statistics' },
  Chart: { dataset: 'datasets' },
  Term: { id: 'glossary' },
  Src: { p: 'paragraphs' },
} as const satisfies Record<string, Record<string, ReferenceTarget>>;

export type ReferenceTarget = 'statistics' | 'datasets' | 'glossary' | 'paragraphs';
