/**
 * The read-aloud player's interface strings (lib/i18n/catalogue/*: `listen`), carried to the browser as one
 * JSON input of the `listen` island (lib/browser/islands.ts) and read by the lazy player.
 */
export interface ListenLabels {
  /** The header control and the player's name ("朗读"). */
  listen: string;
  /** A paragraph's ▶ ("从这段开始朗读"). */
  listenFrom: string;
  play: string;
  pause: string;
  previous: string;
  next: string;
  speed: string;
  voice: string;
  /** 中英对照: the English side's voice menu. */
  voiceEnglish: string;
  close: string;
  /** Shown when the reader has scrolled away from the sentence being read. */
  backToReading: string;
  /** The device has no voice for the page's Chinese, or for English (中英对照's English side). */
  noVoice: { zh: string; en: string };
  /** The browser has no speech synthesis at all. */
  unsupported: string;
  /** The edition's own voice is missing and another is reading (Hong Kong: Mandarin for Cantonese). */
  voiceFallback: string;
  /** Whether a paragraph's notes are read after it (off: notes are never read). */
  notes: string;
  /** 中英对照: what to read. */
  pairs: string;
  pairChoice: { both: string; zh: string; en: string };
}

/** 中英对照's reading order: each pair Chinese then English, or one language. */
export const pairModes = ['both', 'zh', 'en'] as const;
export type PairMode = (typeof pairModes)[number];

/** Speeds offered, as rates for `SpeechSynthesisUtterance.rate`. */
export const listenRates = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;

/** Storage keys (islands/storage.ts): speed, voice per language, 中英对照 order, the place in each essay. */
export const listenKeys = {
  rate: 'ai-work:listen-rate',
  voice: (language: string) => `ai-work:listen-voice:${language}`,
  pairs: 'ai-work:listen-pairs',
  notes: 'ai-work:listen-notes',
  place: (slug: string) => `ai-work:listen-place:${slug}`,
} as const;
