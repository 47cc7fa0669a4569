import Background from './Background.astro';
import Chart from './Chart.astro';
import DatasetList from './DatasetList.astro';
import En from './En.astro';
import GlossaryList from './GlossaryList.astro';
import SourceArticle from './SourceArticle.astro';
import Src from './Src.astro';
import Stat from './Stat.astro';
import StatCard from './StatCard.astro';
import StatCards from './StatCards.astro';
import StatisticsTable from './StatisticsTable.astro';
import Term from './Term.astro';
import TimelineList from './TimelineList.astro';
import Zh from './Zh.astro';
import H2 from '../H2.astro';
import H3 from '../H3.astro';

/** What MDX pages may use without importing anything; see README "Writing a page". */
export const mdxComponents = {
  Background,
  Chart,
  DatasetList,
  En,
  GlossaryList,
  SourceArticle,
  Src,
  Stat,
  StatCard,
  StatCards,
  StatisticsTable,
  Term,
  TimelineList,
  Zh,
  h2: H2,
  h3: H3,
};
