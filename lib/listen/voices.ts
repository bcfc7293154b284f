/**
 * Which installed voice reads an edition (islands/lazy/listen.ts), chosen from what the platform lists
 * (`speechSynthesis.getVoices()`). Platforms spell languages differently (`zh-CN`, `zh_CN`, `cmn-Hans-CN`,
 * `yue-HK`, `zh-HK` for Cantonese), so each voice is first put in a family. Pure, for unit tests.
 */

/** The editions' reading languages: the three Chinese editions and English. */
export type ListenLanguage = 'zh-hans' | 'zh-hant' | 'zh-hk' | 'en';

/** What the player needs of a `SpeechSynthesisVoice` (a plain object in tests). */
export interface VoiceLike {
  readonly name: string;
  readonly lang: string;
  readonly voiceURI: string;
  readonly default: boolean;
  readonly localService: boolean;
}

type Family = 'yue' | 'cmn-tw' | 'cmn-cn' | 'en-us' | 'en' | 'other';

/** A voice's family, from its BCP 47 tag as the platform writes it. */
export function voiceFamily(lang: string): Family {
  const tag = lang.replace(/_/g, '-').toLowerCase();
  const parts = tag.split('-');
  const [language] = parts;
  const region = parts.find((p, i) => i > 0 && p.length === 2);
  if (language === 'yue' || tag.startsWith('zh-yue') || (language === 'zh' && region === 'hk')) return 'yue';
  if (language === 'zh' || language === 'cmn') {
    if (region === 'tw' || (!region && parts.includes('hant'))) return 'cmn-tw';
    if (region === 'hk' || region === 'mo') return 'cmn-tw';
    return 'cmn-cn';
  }
  if (language === 'en') return region === 'us' ? 'en-us' : 'en';
  return 'other';
}

/**
 * Per edition, the families in order of preference: the first list is the edition's own voice, the second a
 * fallback the player states (Cantonese for Hong Kong, else Mandarin; a Taiwan Mandarin voice for Taiwan,
 * else a mainland one). English takes any English voice without comment, US English first.
 */
const preference: Record<ListenLanguage, { own: Family[]; fallback: Family[] }> = {
  'zh-hans': { own: ['cmn-cn'], fallback: ['cmn-tw'] },
  'zh-hant': { own: ['cmn-tw'], fallback: ['cmn-cn'] },
  'zh-hk': { own: ['yue'], fallback: ['cmn-tw', 'cmn-cn'] },
  en: { own: ['en-us', 'en'], fallback: [] },
};

/** Every voice that can read `language`, best first (the edition's own, then the fallback; the default first within one family). */
export function voicesFor<V extends VoiceLike>(voices: readonly V[], language: ListenLanguage): V[] {
  const { own, fallback } = preference[language];
  const order = [...own, ...fallback];
  return voices
    .map((voice, index) => ({ voice, index, rank: order.indexOf(voiceFamily(voice.lang)) }))
    .filter((v) => v.rank >= 0)
    .sort((a, b) => a.rank - b.rank || Number(b.voice.default) - Number(a.voice.default) || a.index - b.index)
    .map((v) => v.voice);
}

/** Whether `voice` reads `language` only as a fallback (the player then says so). */
export function isFallbackVoice(voice: VoiceLike, language: ListenLanguage): boolean {
  return preference[language].fallback.includes(voiceFamily(voice.lang));
}

/**
 * The voice for `language`: the reader's earlier choice (`chosen`, a voiceURI) if it is still installed and
 * can read the language, else the best one; undefined when the device has none.
 */
export function chooseVoice<V extends VoiceLike>(
  voices: readonly V[],
  language: ListenLanguage,
  chosen?: string | null,
): { voice: V; fallback: boolean } | undefined {
  const candidates = voicesFor(voices, language);
  const voice = candidates.find((v) => v.voiceURI === chosen) ?? candidates[0];
  return voice ? { voice, fallback: isFallbackVoice(voice, language) } : undefined;
}
