import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import LanguageSwitch from '../../src/components/LanguageSwitch.astro';
import SectionHeading from '../../src/components/SectionHeading.astro';
import TableOfContents from '../../src/components/TableOfContents.astro';
import Src from '../../src/components/content/Src.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('<Src p>', () => {
  it.each([
    ['zh', '原文第7段'],
    ['en', 'Source paragraph 7'],
  ])('links to paragraph 7 of the %s source page', async (lang, label) => {
    const html = await container.renderToString(Src, { props: { p: 'p7' }, params: { lang } });
    expect(html).toContain(`href="/${lang}/source/#p7"`);
    expect(html).toContain(`aria-label="${label}"`);
  });
});

describe('<SectionHeading id level>', () => {
  it.each([
    ['zh', '复制本节链接'],
    ['en', 'Copy link to this section'],
  ])('renders the shared id and a %s link to itself', async (lang, label) => {
    const html = await container.renderToString(SectionHeading, {
      props: { id: 'anti-gang-campaign', level: 2 },
      params: { lang },
      slots: { default: '扫黑除恶' },
    });
    expect(html).toMatch(/<h2[^>]*id="anti-gang-campaign"/);
    expect(html).toContain('href="#anti-gang-campaign"');
    expect(html).toContain(`title="${label}"`); // its accessible name too (the link is empty)
  });
});

describe('<LanguageSwitch locale slug>', () => {
  it('leads from a Chinese page to the same English page', async () => {
    const html = await container.renderToString(LanguageSwitch, { props: { locale: 'zh', slug: 'smart-policing' } });
    expect(html).toContain('href="/en/smart-policing/"');
    expect(html).toContain('hreflang="en"');
    expect(html).toMatch(/<span lang="en"[^>]*>English<\/span>/);
  });

  it('leads from an English page to the same Chinese page', async () => {
    const html = await container.renderToString(LanguageSwitch, { props: { locale: 'en', slug: 'smart-policing' } });
    expect(html).toContain('href="/zh/smart-policing/"');
    expect(html).toMatch(/<span lang="zh-CN"[^>]*>中文<\/span>/);
  });
});

describe('<TableOfContents locale headings>', () => {
  const headings = [
    { depth: 2, slug: 'a', text: 'A' },
    { depth: 3, slug: 'b', text: 'B' },
    { depth: 4, slug: 'c', text: 'C' },
  ];

  it('lists h2 and h3 sections by their ids, with a title in the page language', async () => {
    const html = await container.renderToString(TableOfContents, { props: { locale: 'zh', headings } });
    expect(html).toContain('本页目录');
    expect(html).toContain('href="#a"');
    expect(html).toContain('href="#b"');
    expect(html).not.toContain('href="#c"');
  });
});
