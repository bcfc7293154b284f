/**
 * The read-aloud player (issue 31), a lazy island: loaded by the first press of "朗读" or a paragraph's ▶
 * (islands/listen.ts). It reads the essay with the platform's speech synthesis (no audio files, nothing
 * fetched), one sentence or clause at a time (lib/listen/utterances.ts), in the edition's own voice
 * (lib/listen/voices.ts), highlighting the sentence being read (CSS Custom Highlight API: no DOM, no
 * layout) and keeping it in view until the reader scrolls away.
 *
 * Robustness on real devices drives the design: pausing cancels and resuming speaks the current piece
 * again (the engines' own pause/resume is unreliable on Android and loses its place in Chrome after 15 s);
 * no boundary events; every utterance's events are tied to a generation number, so the `end` of one that
 * was cancelled never moves the reader on. Its state is on the island's root (`data-listen-state`) and on
 * the bar (`data-listen-block`, `data-listen-piece`), for styles and tests.
 */
import type { IslandInputs } from '@/lib/browser/islands';
import { listenKeys, listenRates, pairModes, type ListenLabels, type PairMode } from '@/lib/listen/labels';
import { speakable, utterances, type Piece } from '@/lib/listen/utterances';
import { chooseVoice, voicesFor, type ListenLanguage } from '@/lib/listen/voices';
import { shareImageSize } from '@/lib/covers/share-image-size';
import { blockText, rangeOf, readingBlocks, withNotes, type Block, type BlockText } from '../listen-player/blocks';
import { buildBar, type Bar } from '../listen-player/bar';
import { recall, remember } from '../storage';

type State = 'playing' | 'paused' | 'no-voice' | 'ended' | 'closed';
type Side = 'zh' | 'en';

const editions: readonly ListenLanguage[] = ['zh-hans', 'zh-hant', 'zh-hk', 'en'];
const highlightName = 'listen';

/** The voices, once the platform has listed them (Chrome lists them late, after `voiceschanged`). */
function loadVoices(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, 2000);
    synth.addEventListener('voiceschanged', done);
  });
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

class Player {
  private readonly labels: ListenLabels;
  private readonly language: ListenLanguage;
  private readonly bilingual: boolean;
  private readonly scope: HTMLElement;
  private readonly bar: Bar;
  private readonly synth: SpeechSynthesis | undefined;
  private state: State = 'paused';
  private blocks: Block[] = [];
  private at = { block: 0, piece: 0 };
  private current: { block: number; text: BlockText; pieces: Piece[] } | undefined;
  private range: Range | undefined;
  private voices: SpeechSynthesisVoice[] = [];
  private chosen: Partial<Record<Side, SpeechSynthesisVoice>> = {};
  private rate: number;
  private pairs: PairMode;
  private notes: boolean;
  private generation = 0;
  /** The utterance being spoken, held: Chrome drops the events of one nothing refers to any more. */
  private utterance: SpeechSynthesisUtterance | undefined;
  private following = true;
  private ourScrollUntil = 0;
  readonly ready: Promise<void>;

  constructor(
    private readonly root: HTMLElement,
    private readonly inputs: IslandInputs<'listen'>,
  ) {
    this.labels = JSON.parse(inputs.labels) as ListenLabels;
    this.language = editions.find((e) => e === inputs.edition) ?? 'zh-hans';
    this.scope = root.closest('article') ?? document.body;
    this.bilingual = this.scope.querySelector('[data-bilingual]') !== null;
    const rate = Number(recall(listenKeys.rate));
    this.rate = listenRates.find((r) => r === rate) ?? 1;
    this.pairs = pairModes.find((m) => m === recall(listenKeys.pairs)) ?? 'both';
    this.notes = recall(listenKeys.notes) === 'on';
    this.blocks = this.readingBlocks();
    this.bar = buildBar(this.labels, {
      bilingual: this.bilingual,
      rate: this.rate,
      pairs: this.pairs,
      notes: this.notes,
    });
    this.synth = 'speechSynthesis' in window ? window.speechSynthesis : undefined;
    this.wire();
    this.ready = this.synth ? loadVoices(this.synth).then((voices) => this.useVoices(voices)) : Promise.resolve();
  }

  /**
   * A press of "朗读" (play or pause) or of a paragraph's ▶ (`from`: read from there); `play` from the lock
   * screen's play, which never pauses.
   */
  async press(from?: string, play = false): Promise<void> {
    this.open();
    await this.ready;
    if (!this.canSpeak()) return;
    if (play) {
      if (this.state !== 'playing') this.play();
    } else if (from !== undefined) {
      const index = this.blocks.findIndex((b) => b.el.id === from || b.el.id === `en-${from}`);
      if (index >= 0) this.go(index, 0);
      this.play();
    } else if (this.state === 'playing') this.pause();
    else this.play();
  }

  private open() {
    if (this.bar.root.isConnected) return;
    document.body.append(this.bar.root);
    document.documentElement.dataset.listening = '';
    if (this.state === 'closed' || this.state === 'ended') this.state = 'paused';
    if (this.state === 'paused' && this.at.block === 0 && this.at.piece === 0) this.restorePlace();
  }

  /** The device's voices for each side of the page; the no-voice state when the page's own language has none. */
  private useVoices(voices: SpeechSynthesisVoice[]) {
    this.voices = voices;
    const sides: Side[] = this.language === 'en' ? ['en'] : this.bilingual ? ['zh', 'en'] : ['zh'];
    const notes: string[] = [];
    for (const side of sides) {
      const language: ListenLanguage = side === 'en' ? 'en' : this.language;
      const choice = chooseVoice(voices, language, recall(listenKeys.voice(language)));
      this.chosen[side] = choice?.voice;
      if (!choice) notes.push(this.labels.noVoice[side]);
      else if (choice.fallback) notes.push(this.labels.voiceFallback);
    }
    // A voice menu for each language read, when there is a choice to make (中英对照: Chinese and English).
    const main: Side = sides[0]!;
    this.fillMenu(this.bar.voice, voicesFor(voices, main === 'en' ? 'en' : this.language), this.chosen[main]);
    if (this.bar.voiceEnglish) this.fillMenu(this.bar.voiceEnglish, voicesFor(voices, 'en'), this.chosen.en);
    this.bar.status.textContent = notes.join(' ');
    this.bar.root.dataset.listenNote = !this.chosen[main] ? 'no-voice' : notes.length ? 'note' : '';
    if (!this.canSpeak()) this.setState('no-voice');
  }

  /** A voice menu: at most 30 (espeak-ng lists each language in a hundred variants), the chosen one among them. */
  private fillMenu(
    menu: HTMLSelectElement,
    candidates: SpeechSynthesisVoice[],
    chosen: SpeechSynthesisVoice | undefined,
  ) {
    const shown = candidates.slice(0, 30);
    if (chosen && !shown.includes(chosen)) shown.push(chosen);
    menu.replaceChildren(...shown.map((v) => new Option(v.name, v.voiceURI)));
    menu.hidden = candidates.length < 2;
    if (chosen) menu.value = chosen.voiceURI;
  }

  private canSpeak(): boolean {
    if (!this.synth) {
      this.bar.status.textContent = this.labels.unsupported;
      this.bar.root.dataset.listenNote = 'no-voice';
      this.setState('no-voice');
      return false;
    }
    return this.chosen[this.language === 'en' ? 'en' : 'zh'] !== undefined;
  }

  private wire() {
    const { bar } = this;
    bar.root.addEventListener('click', (event) => {
      const action = (event.target as Element).closest<HTMLElement>('[data-listen-action]')?.dataset.listenAction;
      if (action === 'toggle') void this.press();
      else if (action === 'next') this.step(1);
      else if (action === 'previous') this.step(-1);
      else if (action === 'close') this.close();
    });
    bar.back.addEventListener('click', () => {
      this.following = true;
      bar.back.hidden = true;
      this.keepInView(true);
    });
    bar.speed.addEventListener('change', () => {
      this.rate = Number(bar.speed.value);
      remember(listenKeys.rate, bar.speed.value);
      this.restartPiece();
    });
    bar.voice.addEventListener('change', () => {
      const language = this.language;
      remember(listenKeys.voice(language), bar.voice.value);
      this.useVoices(this.voices);
      this.restartPiece();
    });
    bar.voiceEnglish?.addEventListener('change', () => {
      remember(listenKeys.voice('en'), bar.voiceEnglish!.value);
      this.useVoices(this.voices);
      this.restartPiece();
    });
    bar.pairs?.addEventListener('change', () => {
      this.pairs = pairModes.find((m) => m === bar.pairs?.value) ?? 'both';
      remember(listenKeys.pairs, this.pairs);
      this.rebuild();
    });
    bar.notes.addEventListener('click', () => {
      this.notes = !this.notes;
      bar.notes.setAttribute('aria-pressed', String(this.notes));
      remember(listenKeys.notes, this.notes ? 'on' : 'off');
      this.rebuild();
    });
    addEventListener('scroll', () => this.onScroll(), { passive: true });
    addEventListener('scrollend', () => (this.ourScrollUntil = 0));
    // Leaving the page stops the voice (a tab that goes on talking about a page no longer shown is a bug).
    addEventListener('pagehide', () => {
      if (this.state === 'playing') this.pause();
    });
    const session = navigator.mediaSession as MediaSession | undefined;
    if (!session) return;
    const handlers: [MediaSessionAction, () => void][] = [
      ['play', () => void this.press(undefined, true)],
      ['pause', () => this.pause()],
      ['previoustrack', () => this.step(-1)],
      ['nexttrack', () => this.step(1)],
      ['seekbackward', () => this.stepPiece(-1)],
      ['seekforward', () => this.stepPiece(1)],
      ['stop', () => this.close()],
    ];
    for (const [action, handler] of handlers) {
      try {
        session.setActionHandler(action, handler);
      } catch {
        // An action this browser does not know: the others still work.
      }
    }
  }

  private readingBlocks(): Block[] {
    const blocks = readingBlocks(this.scope, this.bilingual ? this.pairs : 'both');
    return this.notes ? withNotes(blocks) : blocks;
  }

  /** What to read changed (中英对照's order, notes): carry on from the same place, or the first block after it. */
  private rebuild() {
    const old = this.blocks;
    const current = old[this.at.block];
    // A note being read (notes just turned off): go on after the paragraph that cited it.
    let cited: Block | undefined;
    for (let i = this.at.block - 1; current?.note && i >= 0 && !cited; i -= 1) if (!old[i]!.note) cited = old[i];
    const el = cited?.el ?? current?.el;
    this.blocks = this.readingBlocks();
    let index = el ? this.blocks.findIndex((b) => b.el === el) : 0;
    if (cited && index >= 0) index += 1;
    else if (index < 0 && el)
      index = this.blocks.findIndex((b) => el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING);
    const same = index >= 0 && this.blocks[index]?.el === current?.el;
    this.go(Math.min(Math.max(0, index), this.blocks.length - 1), same ? this.at.piece : 0);
    this.restartPiece();
  }

  private setState(state: State) {
    this.state = state;
    this.root.dataset.listenState = state;
    this.bar.root.dataset.listenState = state;
    this.root.querySelector('[data-listen-play]')?.removeAttribute('aria-busy');
    this.root.querySelector('[data-listen-play]')?.setAttribute('aria-pressed', String(state === 'playing'));
    this.bar.setPlaying(state === 'playing');
    const session = navigator.mediaSession as MediaSession | undefined;
    if (session) session.playbackState = state === 'playing' ? 'playing' : state === 'paused' ? 'paused' : 'none';
  }

  private play() {
    if (this.state === 'ended') this.go(0, 0);
    this.setMetadata();
    this.setState('playing');
    this.following = true;
    this.bar.back.hidden = true;
    this.speak();
  }

  private pause() {
    this.generation += 1;
    this.synth?.cancel();
    this.setState('paused');
  }

  private close() {
    this.pause();
    this.setState('closed');
    this.clearHighlight();
    this.bar.root.remove();
    delete document.documentElement.dataset.listening;
  }

  /** Next or previous paragraph (or heading); keeps playing if it was. */
  private step(by: number) {
    this.go(Math.min(Math.max(this.at.block + by, 0), this.blocks.length - 1), 0);
    this.restartPiece();
  }

  /** Next or previous sentence (the lock screen's seek buttons). */
  private stepPiece(by: number) {
    const pieces = this.current?.pieces.length ?? 0;
    const piece = this.at.piece + by;
    if (piece < 0) this.go(Math.max(this.at.block - 1, 0), 0);
    else if (piece >= pieces) this.go(Math.min(this.at.block + 1, this.blocks.length - 1), 0);
    else this.at.piece = piece;
    this.restartPiece();
  }

  private go(block: number, piece: number) {
    this.at = { block, piece };
    this.current = undefined;
    if (this.state !== 'playing') this.show();
  }

  /** Speak the current piece again from its start (after a change of speed, voice or place). */
  private restartPiece() {
    if (this.state !== 'playing') return;
    this.generation += 1;
    this.synth?.cancel();
    this.speak();
  }

  /** The current block's text and pieces, read from the page now (what is shown now is what is read). */
  private pieces() {
    if (this.current?.block !== this.at.block) {
      const block = this.blocks[this.at.block];
      if (!block) return undefined;
      const text = blockText(block.el);
      this.current = { block: this.at.block, text, pieces: utterances(text.text, block.locale) };
    }
    return this.current;
  }

  private speak() {
    const synth = this.synth;
    if (!synth || this.state !== 'playing') return;
    // Skip what has nothing to read (an empty block) or no voice (中英对照's English on a device without one).
    for (;;) {
      const block = this.blocks[this.at.block];
      if (!block) {
        this.finish();
        return;
      }
      const current = this.pieces();
      if (current && this.at.piece < current.pieces.length && this.chosen[block.chinese ? 'zh' : 'en']) break;
      this.at = { block: this.at.block + 1, piece: 0 };
    }
    const block = this.blocks[this.at.block]!;
    const piece = this.current!.pieces[this.at.piece]!;
    const voice = this.chosen[block.chinese ? 'zh' : 'en']!;
    const utterance = new SpeechSynthesisUtterance(speakable(piece.text, block.chinese));
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = this.rate;
    const generation = (this.generation += 1);
    utterance.onend = () => {
      if (generation !== this.generation) return;
      this.advance();
    };
    utterance.onerror = (event) => {
      if (generation !== this.generation || event.error === 'interrupted' || event.error === 'canceled') return;
      console.warn('speech failed', event.error);
      this.advance();
    };
    this.show();
    this.utterance = utterance;
    // Anything still queued (on iOS the first tap's empty utterance, islands/listen.ts) goes first.
    if (synth.speaking || synth.pending) synth.cancel();
    synth.speak(utterance);
  }

  private advance() {
    const pieces = this.current?.pieces.length ?? 0;
    if (this.at.piece + 1 < pieces) this.at.piece += 1;
    else this.at = { block: this.at.block + 1, piece: 0 };
    this.speak();
  }

  private finish() {
    this.at = { block: 0, piece: 0 };
    this.current = undefined;
    this.clearHighlight();
    remember(listenKeys.place(this.inputs.slug), '');
    this.setState('ended');
  }

  /** Mark the current piece: highlight, the bar's data, the remembered place, and keep it in view. */
  private show() {
    const block = this.blocks[this.at.block];
    const current = this.pieces();
    if (!block || !current) return;
    const piece = current.pieces[Math.min(this.at.piece, current.pieces.length - 1)];
    this.bar.root.dataset.listenBlock = block.el.id;
    this.bar.root.dataset.listenPiece = String(this.at.piece);
    for (const el of document.querySelectorAll('[data-listen-current]'))
      if (el !== block.el) el.removeAttribute('data-listen-current');
    block.el.dataset.listenCurrent = '';
    this.range = piece ? rangeOf(current.text, piece.start, piece.end) : undefined;
    if (this.range && typeof Highlight === 'function' && 'highlights' in CSS)
      CSS.highlights.set(highlightName, new Highlight(this.range));
    remember(listenKeys.place(this.inputs.slug), `${block.el.id}:${this.at.piece}`);
    if (this.following) this.keepInView(false);
  }

  private clearHighlight() {
    if ('highlights' in CSS) CSS.highlights.delete(highlightName);
    for (const el of document.querySelectorAll('[data-listen-current]')) el.removeAttribute('data-listen-current');
    this.range = undefined;
  }

  /** Where a sentence is in full view: below the sticky header and above the bar. */
  private viewBounds() {
    const header = document.querySelector('[data-site-header]')?.getBoundingClientRect().bottom ?? 0;
    const bar = this.bar.root.isConnected ? this.bar.root.getBoundingClientRect().top : innerHeight;
    return { top: Math.max(0, header), bottom: bar };
  }

  private keepInView(always: boolean) {
    const rect = (this.range ?? this.blocks[this.at.block]?.el)?.getBoundingClientRect();
    if (!rect) return;
    const { top, bottom } = this.viewBounds();
    if (!always && rect.top >= top && rect.bottom <= bottom) return;
    // The sentence a third of the way down the free space: what follows it is in view too.
    const by = rect.top - top - (bottom - top) / 3;
    this.ourScrollUntil = performance.now() + 1000;
    scrollBy({ top: by, behavior: reducedMotion() ? 'auto' : 'smooth' });
  }

  /** The reader scrolled: away from the sentence, the page stops following it and offers the way back. */
  private onScroll() {
    if (performance.now() < this.ourScrollUntil || !this.range || this.state === 'closed') return;
    const rect = this.range.getBoundingClientRect();
    const { top, bottom } = this.viewBounds();
    const inView = rect.bottom > top && rect.top < bottom;
    this.following = inView;
    this.bar.back.hidden = inView;
  }

  private restorePlace() {
    const [id, piece] = (recall(listenKeys.place(this.inputs.slug)) ?? '').split(':');
    if (!id) return;
    const bare = id.replace(/^en-/, '');
    const index = this.blocks.findIndex((b) => b.el.id === id || b.el.id === bare || b.el.id === `en-${bare}`);
    if (index < 0) return;
    this.at = { block: index, piece: this.blocks[index]!.el.id === id ? Number(piece) || 0 : 0 };
    this.show();
  }

  private setMetadata() {
    const session = navigator.mediaSession as MediaSession | undefined;
    if (!session || typeof MediaMetadata !== 'function') return;
    const { width, height } = shareImageSize;
    session.metadata = new MediaMetadata({
      title: this.inputs.title,
      artist: this.inputs.site,
      album: this.inputs.site,
      artwork: [{ src: this.inputs.cover, sizes: `${width}x${height}`, type: 'image/png' }],
    });
  }
}

let player: Player | undefined;

/** The player's entry (islands/listen.ts): one player per page, made on the first press. */
export function listen(root: HTMLElement, inputs: IslandInputs<'listen'>, from?: string): void {
  player ??= new Player(root, inputs);
  void player.press(from);
}
