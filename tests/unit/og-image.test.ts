import { describe, expect, it } from 'vitest';
import { ogImageCharacters, ogImagePath, ogImageTree } from '../../src/lib/og-image';
import { renderOgImage } from '../../src/lib/og-render';

const zh = { title: '深化基层治理', siteName: '平安青岛解读', theme: '基层治理', lang: 'zh-CN' };
const en = { title: 'Grassroots governance', siteName: 'Safe Qingdao Explained', theme: 'Grassroots governance', lang: 'en' };

describe('link-preview images', () => {
  it('subset the font to the characters every image draws, each once', () => {
    const chars = ogImageCharacters([zh, en]);
    for (const c of '深化基层治理平安青岛解读Gg ') expect(chars).toContain(c);
    expect(new Set(chars).size).toBe(chars.length);
    expect(chars).not.toContain('Z');
  });

  it('draw the site name, the theme and the title', () => {
    expect(JSON.stringify(ogImageTree(zh))).toMatch(/平安青岛解读.*基层治理.*深化基层治理/);
    expect(ogImagePath({ locale: 'zh', slug: 'overview' })).toBe('og/zh-overview.png');
  });

  it('render a 1200×630 PNG', { timeout: 120_000 }, async () => {
    const png = await renderOgImage(zh, [zh, en]);
    expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  });
});
