import Background from './Background.astro';
import En from './En.astro';
import Src from './Src.astro';
import Stat from './Stat.astro';
import StatCard from './StatCard.astro';
import StatCards from './StatCards.astro';
import Term from './Term.astro';
import Zh from './Zh.astro';
import H2 from '../H2.astro';
import H3 from '../H3.astro';
import type { OverriddenElement } from '../../lib/mdx-element-overrides';

const elements: Record<OverriddenElement, typeof H2> = { h2: H2, h3: H3 };

/**
 * What MDX pages may use without importing anything; see README "Add a page". Components used on
 * few pages (charts, the source article, the glossary, timeline and data lists) are imported by those
 * pages instead (`import Chart from '@components/content/Chart.astro'`), so their CSS ships only there.
 */
export const mdxComponents = {
  Background,
  En,
  Src,
  Stat,
  StatCard,
  StatCards,
  Term,
  Zh,
  ...elements,
};
