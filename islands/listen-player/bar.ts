/**
 * The player's bar (built by the lazy player, so none of it is in the page until the first press): fixed at
 * the bottom of the screen, over the page rather than in its flow, so opening it moves nothing. Buttons are
 * 44 px targets; speed, voice (when the device has several) and, on 中英对照, what to read are selects.
 */
import { listenRates, pairModes, type ListenLabels, type PairMode } from '@/lib/listen/labels';

const svgNs = 'http://www.w3.org/2000/svg';
const icons = {
  play: 'M8 5v14l11-7z',
  pause: 'M6 5h4v14H6zm8 0h4v14h-4z',
  previous: 'M6 6h2v12H6zm3.5 6 8.5 6V6z',
  next: 'M16 6h2v12h-2zM6 18l8.5-6L6 6z',
  close: 'M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19 12 13.4l5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z',
} as const;

function icon(name: keyof typeof icons): SVGSVGElement {
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(svgNs, 'path');
  path.setAttribute('d', icons[name]);
  svg.append(path);
  return svg;
}

function button(action: string, label: string, name: keyof typeof icons): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.dataset.listenAction = action;
  b.setAttribute('aria-label', label);
  b.title = label;
  b.append(icon(name));
  return b;
}

function select(name: string, label: string, options: readonly { value: string; text: string }[]) {
  const s = document.createElement('select');
  s.dataset[name] = '';
  s.setAttribute('aria-label', label);
  s.title = label;
  for (const { value, text } of options) s.append(new Option(text, value));
  return s;
}

export interface Bar {
  root: HTMLElement;
  toggle: HTMLButtonElement;
  speed: HTMLSelectElement;
  voice: HTMLSelectElement;
  /** 中英对照: the English side's voice. */
  voiceEnglish: HTMLSelectElement | undefined;
  pairs: HTMLSelectElement | undefined;
  notes: HTMLButtonElement;
  status: HTMLElement;
  back: HTMLButtonElement;
  setPlaying(playing: boolean): void;
}

export function buildBar(
  labels: ListenLabels,
  options: { bilingual: boolean; rate: number; pairs: PairMode; notes: boolean },
): Bar {
  const root = document.createElement('section');
  root.dataset.listenPlayer = '';
  root.className = 'listen-bar ui';
  root.setAttribute('aria-label', labels.listen);

  const back = document.createElement('button');
  back.type = 'button';
  back.dataset.listenBack = '';
  back.className = 'listen-back';
  back.textContent = labels.backToReading;
  back.hidden = true;

  const status = document.createElement('p');
  status.dataset.listenStatus = '';
  status.className = 'listen-status';
  status.setAttribute('role', 'status');

  const row = document.createElement('div');
  row.className = 'listen-row';
  const toggle = button('toggle', labels.play, 'play');
  const speed = select(
    'listenSpeed',
    labels.speed,
    listenRates.map((rate) => ({ value: String(rate), text: `${rate}×` })),
  );
  speed.value = String(options.rate);
  const voice = select('listenVoice', labels.voice, []);
  voice.hidden = true;
  const voiceEnglish = options.bilingual ? select('listenVoiceEnglish', labels.voiceEnglish, []) : undefined;
  if (voiceEnglish) voiceEnglish.hidden = true;
  const pairs = options.bilingual
    ? select(
        'listenPairs',
        labels.pairs,
        pairModes.map((mode) => ({ value: mode, text: labels.pairChoice[mode] })),
      )
    : undefined;
  if (pairs) pairs.value = options.pairs;
  const notes = document.createElement('button');
  notes.type = 'button';
  notes.dataset.listenNotes = '';
  notes.className = 'listen-toggle';
  notes.textContent = labels.notes;
  notes.setAttribute('aria-pressed', String(options.notes));
  const controls = document.createElement('div');
  controls.className = 'listen-buttons';
  controls.append(button('previous', labels.previous, 'previous'), toggle, button('next', labels.next, 'next'));
  const settings = document.createElement('div');
  settings.className = 'listen-settings';
  settings.append(speed, ...(pairs ? [pairs] : []), notes, voice, ...(voiceEnglish ? [voiceEnglish] : []));
  row.append(controls, settings, button('close', labels.close, 'close'));
  root.append(back, status, row);

  const setPlaying = (playing: boolean) => {
    const label = playing ? labels.pause : labels.play;
    toggle.setAttribute('aria-label', label);
    toggle.title = label;
    toggle.replaceChildren(icon(playing ? 'pause' : 'play'));
  };
  return { root, toggle, speed, voice, voiceEnglish, pairs, notes, status, back, setPlaying };
}
