import { describe, expect, it } from 'vitest';
import { searchablePage } from '../../src/lib/search-records';

const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><main><h1>Source article</h1><div data-pagefind-body>${body}</div></main></body></html>`;

describe('searchablePage(html, url)', () => {
  it('gives a source paragraph a heading with its id, titled by its number link', () => {
    const { html } = searchablePage(
      page('zh-CN', '<div class="paragraph" id="p7"><a class="number" href="#p7" aria-label="原文第7段">7</a><p>黑恶必扫</p></div>'),
      '/zh/source/',
    );
    expect(html).toContain('<div class="paragraph"><h6 id="p7">原文第7段</h6><p>黑恶必扫</p></div>');
  });

  it('titles a timeline event by its date and a statistic row by its figure name', () => {
    const { html } = searchablePage(
      page(
        'en',
        '<ol><li id="survey"><time datetime="2019-01">January 2019</time><p>Survey.</p></li></ol>' +
          '<table><tr id="satisfaction"><th scope="row">Satisfaction<span class="counts">in the survey</span></th><td>98.56%</td></tr></table>',
      ),
      '/en/timeline/',
    );
    expect(html).toContain('<li><h6 id="survey">January 2019</h6><p>Survey.</p></li>');
    expect(html).toContain('<tr><th scope="row"><h6 id="satisfaction">Satisfaction</h6><span class="counts">in the survey</span></th><td>98.56%</td></tr>');
  });

  it('leaves headings, elements without an id and everything outside the indexed body alone', () => {
    const body = '<h2 id="intro">Intro</h2><div class="note"><p>x</p></div><p id="p1-2">sentence</p>';
    const html = page('en', body).replace('<main>', '<main><div id="outside"><b>o</b></div>');
    expect(searchablePage(html, '/en/a/').html).toContain(`<div id="outside"><b>o</b></div><h1>Source article</h1><div data-pagefind-body="">${body}</div>`);
  });

  it('moves the Chinese original of an English page to a record for the Chinese index, once per element', () => {
    const { html, foreign } = searchablePage(
      page(
        'en',
        '<div class="paragraph" id="p1"><a class="number" aria-label="Source paragraph 1">1</a><p>Satisfaction was 98.56%.</p><p lang="zh-CN">社会治安<span lang="zh-CN">满意度</span>98.56%</p></div>' +
          '<div class="paragraph" id="p2"><a class="number" aria-label="Source paragraph 2">2</a><p>English only.</p></div>',
      ),
      '/en/source/',
    );
    expect(foreign).toEqual([{ locale: 'zh', url: '/en/source/#p1', title: 'Source article › Source paragraph 1', content: '社会治安满意度98.56%' }]);
    expect(html).toContain('<div class="paragraph"><h6 id="p1">Source paragraph 1</h6><p>Satisfaction was 98.56%.</p></div>');
  });

  it('leaves out text indexed under another page, with no record (the translation on the page of the original)', () => {
    const { html, foreign } = searchablePage(
      page(
        'zh-CN',
        '<div class="paragraph" id="p21"><a class="number" aria-label="原文第21段">21</a><p lang="zh-CN">京东集团签署战略合作协议</p><p lang="en" data-indexed-elsewhere="">JD.com signed an agreement.</p></div>',
      ),
      '/zh/source/',
    );
    expect(foreign).toEqual([]);
    expect(html).toContain('<div class="paragraph"><h6 id="p21">原文第21段</h6><p lang="zh-CN">京东集团签署战略合作协议</p></div>');
  });

  it('moves the English rendering in a Chinese heading to a record for the English index', () => {
    const { html, foreign } = searchablePage(
      page('zh-CN', '<h3 id="fengqiao-experience"><span>枫桥经验</span> <span lang="en">Fengqiao experience</span></h3><p>王瑞波</p>'),
      '/zh/glossary/',
    );
    expect(foreign).toEqual([
      { locale: 'en', url: '/zh/glossary/#fengqiao-experience', title: 'Source article › 枫桥经验 Fengqiao experience', content: 'Fengqiao experience' },
    ]);
    expect(html).toContain('<h3 id="fengqiao-experience"><span>枫桥经验</span> </h3>');
  });

  it('keeps other-language text that no element with an id holds in the page', () => {
    const { html, foreign } = searchablePage(page('zh-CN', '<p>京东（<span lang="en">JD.com</span>）</p>'), '/zh/a/');
    expect(foreign).toEqual([]);
    expect(html).toContain('<span lang="en">JD.com</span>');
  });
});
