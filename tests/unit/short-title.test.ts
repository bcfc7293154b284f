import { describe, expect, it } from 'vitest';
import { shortTitle } from '@/lib/views/short-title';

describe('shortTitle', () => {
  it('keeps the main title before a subtitle, in Chinese and English', () => {
    expect(shortTitle('加速计算时代：AI如何重塑经济、科研与未来')).toBe('加速计算时代');
    expect(shortTitle('“好的泡沫”：AI杠杆与马斯克们的责任')).toBe('“好的泡沫”');
    expect(shortTitle('The AI Race under “002”: Silicon Valley’s Extreme Iteration')).toBe('The AI Race under “002”');
  });
  it('keeps a title without a subtitle whole', () => {
    expect(shortTitle('AI（人工智能）在罢工，人类在“内卷”')).toBe('AI（人工智能）在罢工，人类在“内卷”');
    expect(shortTitle('Ratio 3:2 of things')).toBe('Ratio 3:2 of things');
  });
});
