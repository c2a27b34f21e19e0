// Sentences glued by scraping are split; camel-case names are not.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { segmentLexicon } from '../../src/pipeline.js';
import { bundledConfig, doc } from '../helpers.js';

function split(text: string): string[] {
  const s = segment(doc('t.txt', text), segmentLexicon(bundledConfig()));
  return s.paragraphs.flatMap((p) => p.sentences.map((x) => text.slice(x.start, x.end)));
}

describe('glued sentences', () => {
  it.each([
    ['Jack Ma changed e-commerce in ChinaTwo decades later, he is back.', ['Jack Ma changed e-commerce in China', 'Two decades later, he is back.']],
    ['Shares hit a three-year peakMoving forward, analysts expect more.', ['Shares hit a three-year peak', 'Moving forward, analysts expect more.']],
    ['It widens the Qwen familyAlibaba’s Strategic Bet on AI', ['It widens the Qwen family', 'Alibaba’s Strategic Bet on AI']],
    ['Analysts revised their valuationMorgan Stanley raised its target.', ['Analysts revised their valuation', 'Morgan Stanley raised its target.']],
    ['Investors changed their market viewsDeepSeek’s costs were far lower.', ['Investors changed their market views', 'DeepSeek’s costs were far lower.']],
  ])('splits %j', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it.each([
    'DeepSeek and ChatGPT compete with models on WeChat and the iPhone.',
    'BlackRock’s analysts use PowerPoint and SharePoint every day.',
    'The macOS update reached iPad users and eBay sellers.',
  ])('keeps camel-case names whole in %j', (text) => {
    expect(split(text)).toEqual([text]);
  });
});
