import { describe, expect, it } from 'vitest';
import { contextTouchesUi, passageBounds, withoutUiContext, type TextSegment } from '../../src/lib/passage-bounds';

const seg = (text: string, ui = false): TextSegment => ({ text, ui });

describe('passageBounds(segments, start, end)', () => {
  it('starts after the ¶ number, the space and the corrected mark a drag began on, and ends before trailing spaces', () => {
    // <div id="p12"><a class="number">12</a> <a class="corrected-mark">Corrected 1 December 2026</a><p>In response …</p> …
    const segments = [seg('12', true), seg(' '), seg('Corrected 1 December 2026', true), seg('In response to the situation.'), seg(' ')];
    expect(passageBounds(segments, { segment: 0, offset: 0 }, { segment: 4, offset: 1 })).toEqual({
      start: { segment: 3, offset: 0 },
      end: { segment: 3, offset: 29 },
    });
  });

  it('ends before interface text the selection runs into (the next paragraph’s ¶ number)', () => {
    const segments = [seg('on the people.'), seg(' '), seg('13', true), seg('在全市')];
    expect(passageBounds(segments, { segment: 0, offset: 3 }, { segment: 2, offset: 2 })).toEqual({
      start: { segment: 0, offset: 3 },
      end: { segment: 0, offset: 14 },
    });
    // Running on past it into text keeps that text.
    expect(passageBounds(segments, { segment: 0, offset: 3 }, { segment: 3, offset: 2 })).toEqual({
      start: { segment: 0, offset: 3 },
      end: { segment: 3, offset: 2 },
    });
  });

  it('leaves a selection inside one text node alone, spaces at its ends aside', () => {
    const segments = [seg('  黑恶必扫 除恶务尽。 ')];
    expect(passageBounds(segments, { segment: 0, offset: 0 }, { segment: 0, offset: 13 })).toEqual({
      start: { segment: 0, offset: 2 },
      end: { segment: 0, offset: 12 },
    });
    expect(passageBounds(segments, { segment: 0, offset: 4 }, { segment: 0, offset: 6 })).toEqual({
      start: { segment: 0, offset: 4 },
      end: { segment: 0, offset: 6 },
    });
  });

  it('gives null for a selection of interface text and spaces only', () => {
    expect(passageBounds([seg('12', true), seg(' '), seg('Corrected', true)], { segment: 0, offset: 0 }, { segment: 2, offset: 9 })).toBeNull();
  });
});

describe('contextTouchesUi(outward, context) and withoutUiContext(fragment, touches, pageText)', () => {
  const seg2 = (text: string, ui = false): TextSegment => ({ text, ui });

  it('sees a prefix taken from a corrected mark before the paragraph, and not one taken from text', () => {
    // Outward from the start of 针对基层矛盾…: the corrected mark's hidden kind, its date, the space, the ¶ number.
    const outward = [seg2(' (译文更正)', true), seg2('2026年12月1日更正', true), seg2(' '), seg2('12', true)];
    expect(contextTouchesUi(outward, '更正 (译文更正)')).toBe(true);
    expect(contextTouchesUi([seg2('并加强巡逻。'), seg2('13', true)], '加强巡逻。')).toBe(false);
    expect(contextTouchesUi([seg2('巡逻。'), seg2('13', true)], '加强巡逻。 13')).toBe(true);
  });

  it('drops such a context when the passage’s words are unique on the page without it', () => {
    const fragment = { prefix: '更正 (译文更正)', textStart: '针对基层矛盾', textEnd: '零、公路安全', suffix: '防控、农村' };
    const page = '12 2026年12月1日更正 针对基层矛盾纠纷…源头隐患清零、公路安全防控、农村';
    expect(withoutUiContext(fragment, { prefix: true, suffix: false }, page)).toEqual({
      textStart: '针对基层矛盾',
      textEnd: '零、公路安全',
      suffix: '防控、农村',
    });
  });

  it('keeps a context that tells repeated words apart', () => {
    const fragment = { prefix: 'Corrected', textStart: 'Fengqiao experience' };
    expect(withoutUiContext(fragment, { prefix: true, suffix: false }, 'the Fengqiao experience … the fengqiao  experience')).toEqual(fragment);
  });
});
