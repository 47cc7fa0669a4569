import { describe, expect, it } from 'vitest';
import { resultLocale, tidyExcerpt } from '../../src/lib/search-results';

describe('resultLocale(url, base)', () => {
  it('reads the language from the first path segment after the base', () => {
    expect(resultLocale('/en/source/#p1', '/')).toBe('en');
    expect(resultLocale('/safe-qingdao/zh/data/#x', '/safe-qingdao/')).toBe('zh');
    expect(resultLocale('https://example.org/safe-qingdao/en/', '/safe-qingdao')).toBe('en');
  });

  it('is null outside the language folders', () => {
    expect(resultLocale('/index.html', '/')).toBeNull();
  });
});

describe('tidyExcerpt(excerpt, content, locale)', () => {
  const content = '他表示，要打造共建共治共享的社会治理机制，防范在先、发现在早、处置在小，坚持和发展新时代“枫桥经验”。什么是“枫桥经验”. 文章只在王瑞波的话中提到';

  it('writes the blocks Pagefind joins with ". " as “……” in Chinese', () => {
    expect(tidyExcerpt('什么是“<mark>枫桥</mark>经验”. 文章只在', content, 'zh')).toBe('什么是“<mark>枫桥</mark>经验”……文章只在');
  });

  it('starts a Chinese excerpt cut inside a phrase at the start of its clause, after “……”', () => {
    expect(tidyExcerpt('先、发现在早、处置在小，坚持和发展新时代“<mark>枫桥</mark>经验”', content, 'zh')).toBe('……防范在先、发现在早、处置在小，坚持和发展新时代“<mark>枫桥</mark>经验”');
  });

  it('starts it at the next word when the clause began long before', () => {
    expect(tidyExcerpt('律服务平台的<mark>社会</mark>', '他说要打造公共法律服务平台的社会治理机制', 'zh')).toBe('……服务平台的<mark>社会</mark>');
  });

  it('leaves an excerpt that starts the text alone', () => {
    expect(tidyExcerpt('他表示，要打造', content, 'zh')).toBe('他表示，要打造');
  });

  it('leaves English excerpts as Pagefind writes them', () => {
    expect(tidyExcerpt('The case. It was', 'Before. The case. It was', 'en')).toBe('The case. It was');
  });
});
