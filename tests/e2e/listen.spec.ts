/**
 * Read-aloud (issue 31) against a recording fake of the Web Speech API: `speechSynthesis` and
 * `SpeechSynthesisUtterance` are replaced before the page's scripts run, the voices are the test's, and
 * every utterance is logged (text, voice, rate). In "auto" mode each utterance ends as soon as it starts,
 * so a whole essay is read in a moment; in manual mode the test ends each one (`__speech.end()`). Nothing
 * waits a fixed time: the player's state is on its elements (`data-listen-state`, `data-listen-block` …).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { chromiumFlags, chromiumPath } from '@/scripts/lib/chromium';

interface Spoken {
  text: string;
  voice: string | undefined;
  lang: string;
  rate: number;
}
interface FakeWindow {
  __speech: { log: Spoken[]; end: () => void; current: () => string | undefined };
  __mediaHandlers: Record<string, () => void>;
}

/** Voices as platforms list them (Android writes `_`, Chrome on Linux lists `yue-HK` and `zh-HK`). */
const everyVoice = ['en-US', 'en-GB', 'zh-CN', 'zh-TW', 'zh-HK', 'yue-HK'];

async function fakeSpeech(page: Page, voices: readonly string[], auto: boolean, storage: Record<string, string> = {}) {
  await page.addInitScript(
    ({ voices, auto, storage }) => {
      for (const [key, value] of Object.entries(storage)) localStorage.setItem(key, value);
      interface Utterance {
        text: string;
        lang: string;
        rate: number;
        voice: { name: string } | null;
        onend: ((e: object) => void) | null;
        onerror: ((e: { error: string }) => void) | null;
      }
      const log: Spoken[] = [];
      let current: Utterance | undefined;
      const finish = (u: Utterance) => {
        if (current !== u) return;
        current = undefined;
        u.onend?.({});
      };
      class FakeUtterance {
        lang = '';
        rate = 1;
        pitch = 1;
        volume = 1;
        voice: { name: string } | null = null;
        onstart = null;
        onend = null;
        onerror = null;
        constructor(public text: string) {}
      }
      const voiceList = voices.map((lang) => ({
        name: `Fake ${lang}`,
        lang,
        voiceURI: `fake-${lang}`,
        localService: true,
        default: false,
      }));
      const synth = {
        get speaking() {
          return current !== undefined;
        },
        pending: false,
        paused: false,
        getVoices: () => voiceList,
        speak(u: Utterance) {
          // The player's empty utterance within the first tap (iOS Safari speaks only from a gesture).
          if (u.text === '') return void setTimeout(() => u.onend?.({}), 0);
          log.push({ text: u.text, voice: u.voice?.name, lang: u.lang, rate: u.rate });
          current = u;
          if (auto) setTimeout(() => finish(u), 0);
        },
        cancel() {
          const u = current;
          current = undefined;
          u?.onerror?.({ error: 'interrupted' });
        },
        pause() {},
        resume() {},
        addEventListener() {},
        removeEventListener() {},
      };
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
      const handlers: Record<string, () => void> = {};
      const session = navigator.mediaSession;
      const set = session.setActionHandler.bind(session);
      session.setActionHandler = (action, handler) => {
        if (handler) handlers[action] = handler as () => void;
        set(action, handler);
      };
      Object.assign(window, {
        __speech: { log, end: () => current && finish(current), current: () => current?.text },
        __mediaHandlers: handlers,
      });
    },
    { voices, auto, storage },
  );
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as FakeWindow).__speech.log);
const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
/**
 * Text compared as letters and digits only; number ranges are read as ranges ("2020–2023" → "2020至2023",
 * "2020 to 2023"), so 至 / "to" between digits is dropped on both sides.
 */
const comparable = (s: string) => letters(s).replace(/(\d)(至|to)(?=\d)/g, '$1');
const state = (page: Page) => page.locator('[data-island="listen"]');
const bar = (page: Page) => page.locator('[data-listen-player]');

/**
 * The essay's text as the page shows it, independently of the player: the body's `innerText` (which leaves
 * out what CSS hides, such as the regional wording's other word) with note markers, paragraph tools and the
 * notes' sections hidden by a style. `.bi-zh` / `.bi-en` narrow 中英对照 to one language.
 */
async function shownText(page: Page, column = '') {
  return page.evaluate((column) => {
    const style = document.createElement('style');
    style.textContent =
      'article sup, .para-tools, section[data-footnotes], [data-translator-notes], [data-glossary] { display: none !important; }' +
      // Off-screen blocks skip their rendering (content-visibility, globals.css), and so their innerText.
      ' article * { content-visibility: visible !important; }';
    document.head.append(style);
    const parts = [...document.querySelectorAll<HTMLElement>(`article ${column} .prose-zh`)].map((el) => el.innerText);
    style.remove();
    return parts.join('\n');
  }, column);
}

/** Read the whole essay (auto mode) from the header's button; resolves when the player has reached the end. */
async function readAll(page: Page) {
  await page.locator('[data-listen-play]').click();
  await expect(state(page)).toHaveAttribute('data-listen-state', 'ended', { timeout: 30_000 });
  return spoken(page);
}

const essay = 'ai-race-002';
const editions = [
  { variant: 'zh-hans', voice: 'Fake zh-CN' },
  { variant: 'zh-hant', voice: 'Fake zh-TW' },
  { variant: 'zh-hk', voice: /^Fake (zh|yue)-HK$/ },
  { variant: 'en', voice: 'Fake en-US' },
] as const;

for (const { variant, voice } of editions) {
  test(`${variant}: read in the edition's own voice, the text in order, ≤ 200 characters a piece, no note markers`, async ({
    page,
  }) => {
    // Hong Kong with its own words chosen: what is read is what is shown (矽谷, not the author's 硅谷).
    await fakeSpeech(page, everyVoice, true, variant === 'zh-hk' ? { 'ai-work:wording': 'regional' } : {});
    await page.goto(`/${variant}/articles/${essay}/`);
    const log = await readAll(page);
    expect(log.length).toBeGreaterThan(20);
    for (const u of log) {
      expect(u.voice).toMatch(voice);
      expect(u.text.length).toBeLessThanOrEqual(200);
    }
    const said = log.map((u) => u.text).join('');
    // No note marker: the footnote numbers never follow a sentence's end ("。1" / ".1").
    expect(said).not.toMatch(/[。.」”]\s*\d/);
    // The page's shown text, in order.
    expect(comparable(said)).toBe(comparable(await shownText(page)));
    if (variant === 'zh-hk') {
      expect(said).toContain('矽谷');
      expect(said).not.toContain('硅谷');
    }
  });
}

test('the controls: play, the highlight, pause, resume, next, previous, speed, a paragraph’s ▶, Media Session, scrolling away, and the place after a reload', async ({
  page,
}) => {
  await fakeSpeech(page, everyVoice, false);
  await page.goto(`/zh-hans/articles/${essay}/`);
  // Nothing of the player is loaded before the first press.
  expect(await page.evaluate(() => performance.getEntriesByType('resource').some((r) => /listen\./.test(r.name)))).toBe(
    false,
  );
  await page.locator('[data-listen-play]').click();
  await expect(state(page)).toHaveAttribute('data-listen-state', 'playing');
  await expect(bar(page)).toHaveAttribute('data-listen-block', 'p-2');
  const highlighted = () =>
    page.evaluate(() => {
      const range = [...(CSS.highlights.get('listen') ?? [])][0];
      return range ? range.toString() : '';
    });
  const current = () => page.evaluate(() => (window as unknown as FakeWindow).__speech.current() ?? '');
  expect(letters(await highlighted())).toBe(letters(await current()));
  const first = await highlighted();
  const end = () => page.evaluate(() => (window as unknown as FakeWindow).__speech.end());

  // The next sentence is read and highlighted.
  await end();
  await expect(bar(page)).toHaveAttribute('data-listen-piece', '1');
  expect(await highlighted()).not.toBe(first);
  expect(letters(await highlighted())).toBe(letters(await current()));

  // Pause stops the voice; play says the same sentence again.
  const sentence = await current();
  await page.locator('[data-listen-action="toggle"]').click();
  await expect(state(page)).toHaveAttribute('data-listen-state', 'paused');
  expect(await current()).toBe('');
  await page.locator('[data-listen-action="toggle"]').click();
  await expect(state(page)).toHaveAttribute('data-listen-state', 'playing');
  expect(await current()).toBe(sentence);

  // Next and previous go by paragraph (headings count as one).
  await page.locator('[data-listen-action="next"]').click();
  await expect(bar(page)).toHaveAttribute('data-listen-block', 'p-3');
  expect(letters(await current())).toBe(letters(await highlighted()));
  await page.locator('[data-listen-action="next"]').click();
  await expect(bar(page)).not.toHaveAttribute('data-listen-block', 'p-3');
  await page.locator('[data-listen-action="previous"]').click();
  await expect(bar(page)).toHaveAttribute('data-listen-block', 'p-3');

  // Speed: the sentence is said again at the new rate.
  await page.locator('[data-listen-speed]').selectOption('1.5');
  await expect.poll(async () => (await spoken(page)).at(-1)?.rate).toBe(1.5);

  // Media Session: the lock screen's controls are wired to the player.
  const handlers = await page.evaluate(() => Object.keys((window as unknown as FakeWindow).__mediaHandlers));
  expect(handlers).toEqual(expect.arrayContaining(['play', 'pause', 'previoustrack', 'nexttrack', 'stop']));
  await page.evaluate(() => (window as unknown as FakeWindow).__mediaHandlers.nexttrack!());
  await expect(bar(page)).not.toHaveAttribute('data-listen-block', 'p-3');
  expect(await page.evaluate(() => navigator.mediaSession.metadata?.title)).toContain('002');

  // A paragraph's ▶ starts there, and the page follows it.
  const p10 = page.locator('#p-10');
  await p10.hover();
  await p10.locator('[data-listen-from]').click();
  await expect(bar(page)).toHaveAttribute('data-listen-block', 'p-10');
  expect(letters(await p10.innerText())).toContain(letters(await current()).slice(0, 10));
  await expect(p10).toBeInViewport();

  // The reader scrolls away: the page is not dragged back, and offers the way back.
  await page.evaluate(() => window.scrollTo(0, 0));
  const back = page.locator('[data-listen-back]');
  await expect(back).toBeVisible();
  await end();
  await expect(bar(page)).toHaveAttribute('data-listen-piece', '1');
  await expect(p10).not.toBeInViewport();
  await back.click();
  await expect(p10).toBeInViewport();
  await expect(back).toBeHidden();

  // The place survives a reload: play starts where it stopped.
  await page.reload();
  await page.locator('[data-listen-play]').click();
  await expect(bar(page)).toHaveAttribute('data-listen-block', 'p-10');
  await expect(bar(page)).toHaveAttribute('data-listen-piece', '1');
  expect((await spoken(page))[0]?.rate).toBe(1.5);
});

test('@mobile nothing moves: the ▶s and the bar add no layout shift; the ▶ is a 44 px target beside ¶', async ({
  page,
}) => {
  await fakeSpeech(page, everyVoice, false);
  // Every layout shift from the first paint on, as Lighthouse's CLS counts them (a row of tools that grows
  // when its ▶ arrives is one, though no paragraph moves).
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`/zh-hant/articles/${essay}/`);
  const places = () =>
    page.evaluate(() =>
      ['#p-2', '#p-3', '#p-10', '#p-3 .para-tools', '[data-listen-play]'].map((selector) => {
        const r = document.querySelector(selector)!.getBoundingClientRect();
        return [r.left, r.top + scrollY, r.width, r.height];
      }),
    );
  const before = await places();
  // The ▶s arrive once the page is idle.
  await expect(page.locator('#p-3 [data-listen-from]')).toBeAttached();
  expect(await places()).toEqual(before);
  expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
  const [listen, pilcrow] = await Promise.all(
    ['[data-listen-from]', 'a[data-permalink]'].map((s) => page.locator(`#p-3 ${s}`).boundingBox()),
  );
  expect(listen!.width).toBeGreaterThanOrEqual(44);
  expect(listen!.height).toBeGreaterThanOrEqual(44);
  expect(listen!.x + listen!.width).toBeLessThanOrEqual(pilcrow!.x + 0.5);
  await page.locator('[data-listen-play]').click();
  await expect(state(page)).toHaveAttribute('data-listen-state', 'playing');
  expect(await places()).toEqual(before);
  // The bar is over the page, inside the screen.
  const box = (await bar(page).boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height + 0.5);
  expect(box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
});

test('notes on request: each footnote read once, right after the paragraph that first cites it', async ({ page }) => {
  // Turned on earlier (the choice is remembered); the toggle turns it off again.
  await fakeSpeech(page, everyVoice, true, { 'ai-work:listen-notes': 'on' });
  await page.goto(`/zh-hans/articles/${essay}/`);
  await readAll(page);
  await expect(page.locator('[data-listen-notes]')).toHaveAttribute('aria-pressed', 'true');
  await page.locator('[data-listen-notes]').click();
  await expect(page.locator('[data-listen-notes]')).toHaveAttribute('aria-pressed', 'false');
  expect(await page.evaluate(() => localStorage.getItem('ai-work:listen-notes'))).toBe('off');
  const said = comparable((await spoken(page)).map((u) => u.text).join(''));
  const text = (selector: string) =>
    page.locator(selector).evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('sup, .para-tools, details, a[data-footnote-backref]').forEach((e) => e.remove());
      return copy.textContent ?? '';
    });
  const note = comparable(await text('#fn-1'));
  const citing = comparable(await text('#p-4'));
  expect(note.length).toBeGreaterThan(10);
  // Read once, and right after the first paragraph that cites it (p-4).
  expect(said.split(note).length - 1).toBe(1);
  expect(said.indexOf(note)).toBe(said.indexOf(citing) + citing.length);
});

test('no voice for the language: the control says so and nothing is spoken', async ({ page }) => {
  await fakeSpeech(page, ['en-US'], false);
  await page.goto(`/zh-hk/articles/${essay}/`);
  await page.locator('[data-listen-play]').click();
  await expect(state(page)).toHaveAttribute('data-listen-state', 'no-voice');
  await expect(page.locator('.listen-status')).toHaveText('此裝置沒有中文語音，未能朗讀');
  expect(await spoken(page)).toEqual([]);
});

test('Hong Kong without a Cantonese voice: read in Mandarin, and the player says so', async ({ page }) => {
  await fakeSpeech(page, ['zh-CN', 'en-US'], false);
  await page.goto(`/zh-hk/articles/${essay}/`);
  await page.locator('[data-listen-play]').click();
  await expect(state(page)).toHaveAttribute('data-listen-state', 'playing');
  await expect(page.locator('.listen-status')).toHaveText('此裝置沒有粵語語音，現以普通話朗讀');
  expect((await spoken(page))[0]?.voice).toBe('Fake zh-CN');
});

test('中英对照: each pair Chinese then English, each in its voice; or one language only', async ({ page }) => {
  await fakeSpeech(page, everyVoice, true);
  await page.goto(`/zh-hant/articles/${essay}/bilingual/`);
  const log = await readAll(page);
  const said = log.map((u) => u.text).join('');
  expect(comparable(said)).toBe(comparable(await shownText(page)));
  // Pair order: the voices alternate Chinese, English, Chinese …
  const sides = log.map((u) => (u.voice === 'Fake en-US' ? 'en' : 'zh')).filter((s, i, all) => s !== all[i - 1]);
  expect(sides.length).toBeGreaterThan(10);
  expect(sides[0]).toBe('zh');
  expect(log.filter((u) => u.voice !== 'Fake en-US').every((u) => u.voice === 'Fake zh-TW')).toBe(true);

  // English only.
  await page.locator('[data-listen-pairs]').selectOption('en');
  const before = (await spoken(page)).length;
  await page.locator('[data-listen-action="toggle"]').click();
  await expect(state(page)).toHaveAttribute('data-listen-state', 'ended', { timeout: 30_000 });
  const english = (await spoken(page)).slice(before);
  expect(english.every((u) => u.voice === 'Fake en-US')).toBe(true);
  expect(comparable(english.map((u) => u.text).join(''))).toBe(comparable(await shownText(page, '.bi-en')));

  // The English side has a voice menu of its own (the device has two English voices), remembered.
  const englishMenu = page.locator('[data-listen-voice-english]');
  await expect(englishMenu).toBeVisible();
  await englishMenu.selectOption('fake-en-GB');
  const from = (await spoken(page)).length;
  await page.locator('[data-listen-action="toggle"]').click();
  await expect(state(page)).toHaveAttribute('data-listen-state', 'ended', { timeout: 30_000 });
  expect((await spoken(page)).slice(from).every((u) => u.voice === 'Fake en-GB')).toBe(true);
  expect(await page.evaluate(() => localStorage.getItem('ai-work:listen-voice:en'))).toBe('fake-en-GB');
});

/** The real-voice test's speech-dispatcher: stopped after the test even when it times out. */
let daemon: ReturnType<typeof spawn> | undefined;
test.afterEach(() => {
  daemon?.kill();
  daemon = undefined;
});

/**
 * A real voice: Chromium on Linux speaks through speech-dispatcher (`--enable-speech-dispatcher`) with
 * espeak-ng (Debian: espeak-ng, speech-dispatcher, speech-dispatcher-espeak-ng; .ci/run installs them).
 * This machine has no sound card or sound server, so the test runs its own speech-dispatcher whose audio
 * goes to ALSA's null device (the default, PulseAudio, fails to open and no utterance would ever end), on a
 * socket of its own that the browser is pointed at (`SPEECHD_ADDRESS`). Skipped, saying why, without them.
 */
test('a real voice (speech-dispatcher with espeak-ng) reads a Hong Kong paragraph in Cantonese, start to end', async ({
  baseURL,
}) => {
  // Skipped, not failed, on a machine without the Debian packages (a developer's laptop): .ci/run installs
  // them, so CI always plays the voice; the fake-speech tests above cover the player everywhere else.
  test.skip(!existsSync('/usr/bin/speech-dispatcher'), 'speech-dispatcher is not installed (apt: speech-dispatcher)');
  test.skip(
    !existsSync('/usr/lib/speech-dispatcher-modules/sd_espeak-ng'),
    'no espeak-ng module for speech-dispatcher (apt: speech-dispatcher-espeak-ng)',
  );
  test.setTimeout(60_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'listen-speechd-'));
  cpSync('/etc/speech-dispatcher', dir, { recursive: true });
  const conf = path.join(dir, 'speechd.conf');
  writeFileSync(conf, `${readFileSync(conf, 'utf8')}\nAudioOutputMethod "alsa"\nAudioALSADevice "null"\n`);
  const socket = path.join(dir, 'speechd.sock');
  daemon = spawn(
    'speech-dispatcher',
    // Its own pid file too: with the default one, a daemon already running for the user makes it exit.
    [
      '--run-single',
      ...['--config-dir', dir, '--pid-file', path.join(dir, 'pid'), '--log-dir', dir, '--timeout', '0'],
      ...['--communication-method', 'unix_socket', '--socket-path', socket],
    ],
    { stdio: 'ignore' },
  );
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumFlags, '--enable-speech-dispatcher'],
    env: { ...process.env, SPEECHD_ADDRESS: `unix_socket:${socket}` },
  });
  try {
    await expect.poll(() => existsSync(socket)).toBe(true);
    const page = await browser.newPage();
    await page.addInitScript(() => {
      // Record the player's real utterances' events (the player sets `onend`/`onerror`; these are listeners).
      const events: string[] = [];
      const speak = speechSynthesis.speak.bind(speechSynthesis);
      speechSynthesis.speak = (u) => {
        // Not the empty utterance the first tap speaks to open the way (islands/listen.ts).
        if (u.text === '') return speak(u);
        u.addEventListener('start', () => events.push(`start ${u.voice?.lang} ${u.text}`));
        u.addEventListener('end', () => events.push(`end ${u.text}`));
        u.addEventListener('error', (e) => events.push(`error ${e.error}`));
        speak(u);
      };
      Object.assign(window, { __events: events });
    });
    await page.goto(`${baseURL}/zh-hk/articles/${essay}/`);
    const voices = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          if (speechSynthesis.getVoices().length) resolve(speechSynthesis.getVoices().length);
          speechSynthesis.addEventListener('voiceschanged', () => resolve(speechSynthesis.getVoices().length));
          setTimeout(() => resolve(speechSynthesis.getVoices().length), 10_000);
        }),
    );
    // A Chromium built without speech-dispatcher support lists none; then there is no real voice to test.
    test.skip(voices === 0, 'Chromium lists no voices from speech-dispatcher here');
    await page.locator('#p-3').hover();
    await page.locator('#p-3 [data-listen-from]').click();
    await expect(state(page)).toHaveAttribute('data-listen-state', 'playing');
    // The paragraph's first sentence is spoken to its end by a Cantonese voice, and the next one starts.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __events: string[] }).__events), { timeout: 30_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(/^start yue /), expect.stringMatching(/^end /)]));
    await expect(bar(page)).toHaveAttribute('data-listen-piece', '1', { timeout: 30_000 });
    await page.locator('[data-listen-action="close"]').click();
    const events = await page.evaluate(() => (window as unknown as { __events: string[] }).__events);
    expect(events[0]).toMatch(/^start yue 當前/);
    expect(events[1]).toMatch(/^end 當前/);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
