/**
 * Each edition is read in its own voice (lib/listen/voices.ts): 简体 by a mainland Mandarin voice, 臺灣 by a
 * Taiwan one, 香港 in Cantonese with a stated Mandarin fallback, English in US English then any English;
 * platforms spell the languages differently (Android: `zh_CN`, `yue_HK`; some: `cmn-Hans-CN`).
 */
import { describe, expect, test } from 'vitest';
import { chooseVoice, voiceFamily, voicesFor, type VoiceLike } from '@/lib/listen/voices';

const voice = (lang: string, name = lang, isDefault = false): VoiceLike => ({
  name,
  lang,
  voiceURI: name,
  default: isDefault,
  localService: true,
});
const all = [
  voice('en-GB'),
  voice('en-US'),
  voice('zh-TW'),
  voice('zh-CN'),
  voice('zh-HK'),
  voice('yue-HK'),
  voice('fr-FR'),
];

describe('voiceFamily', () => {
  test.each([
    ['zh-CN', 'cmn-cn'],
    ['zh_CN', 'cmn-cn'],
    ['cmn-Hans-CN', 'cmn-cn'],
    ['zh', 'cmn-cn'],
    ['zh-TW', 'cmn-tw'],
    ['zh-Hant-TW', 'cmn-tw'],
    ['cmn-TW', 'cmn-tw'],
    ['zh-HK', 'yue'],
    ['yue-HK', 'yue'],
    ['yue_HK', 'yue'],
    ['yue', 'yue'],
    ['en-US', 'en-us'],
    ['en_US', 'en-us'],
    ['en-GB', 'en'],
    ['fr-FR', 'other'],
  ])('%s → %s', (lang, family) => expect(voiceFamily(lang)).toBe(family));
});

describe('chooseVoice', () => {
  test('each edition gets its own voice', () => {
    expect(chooseVoice(all, 'zh-hans')).toEqual({ voice: voice('zh-CN'), fallback: false });
    expect(chooseVoice(all, 'zh-hant')).toEqual({ voice: voice('zh-TW'), fallback: false });
    expect(chooseVoice(all, 'zh-hk')?.fallback).toBe(false);
    expect(chooseVoice(all, 'zh-hk')?.voice.lang).toMatch(/^(zh|yue)-HK$/);
    expect(chooseVoice(all, 'en')).toEqual({ voice: voice('en-US'), fallback: false });
  });

  test('Hong Kong without Cantonese falls back to Mandarin, and says so', () => {
    const mandarin = [voice('zh-CN'), voice('zh-TW')];
    expect(chooseVoice(mandarin, 'zh-hk')).toEqual({ voice: voice('zh-TW'), fallback: true });
    expect(chooseVoice([voice('zh-CN')], 'zh-hk')).toEqual({ voice: voice('zh-CN'), fallback: true });
  });

  test('Taiwan and the mainland fall back to each other, never to Cantonese', () => {
    expect(chooseVoice([voice('zh-CN')], 'zh-hant')).toEqual({ voice: voice('zh-CN'), fallback: true });
    expect(chooseVoice([voice('yue-HK')], 'zh-hans')).toBeUndefined();
    expect(chooseVoice([voice('yue-HK')], 'zh-hant')).toBeUndefined();
  });

  test('English: US English first, then any English without comment', () => {
    expect(chooseVoice([voice('en-GB')], 'en')).toEqual({ voice: voice('en-GB'), fallback: false });
  });

  test('no voice for the language: undefined (the player shows the no-voice state)', () => {
    expect(chooseVoice([voice('fr-FR')], 'zh-hans')).toBeUndefined();
    expect(chooseVoice([], 'en')).toBeUndefined();
  });

  test("the reader's earlier choice wins while it is installed and fits; the platform default first otherwise", () => {
    const two = [voice('zh-CN', 'A'), voice('zh-CN', 'B', true)];
    expect(chooseVoice(two, 'zh-hans')?.voice.name).toBe('B');
    expect(chooseVoice(two, 'zh-hans', 'A')?.voice.name).toBe('A');
    expect(chooseVoice(two, 'zh-hans', 'gone')?.voice.name).toBe('B');
    expect(chooseVoice([...two, voice('en-US', 'E')], 'zh-hans', 'E')?.voice.name).toBe('B');
  });

  test('the menu lists every voice that can read the edition, own voices first', () => {
    expect(voicesFor(all, 'zh-hk').map((v) => v.lang)).toEqual(['zh-HK', 'yue-HK', 'zh-TW', 'zh-CN']);
  });
});
