// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, expect, test, vi } from 'vitest';
import { NoteRef } from '@/components/article/note-ref';
import { ReaderSettings } from '@/components/ui/reader-settings';
import { ScriptSwitch } from '@/components/ui/script-switch';
import { island, islandInputs, islandNames } from '@/lib/browser/islands';
import { prefKeys, prefsScript } from '@/lib/browser/reader-prefs';
import { islands, mountIslands } from '@/islands/main';

/** Server markup (what the build writes), then the islands module on top of it, as in the browser. */
function page(markup: string) {
  document.body.innerHTML = markup;
  mountIslands();
}

afterEach(() => {
  document.body.innerHTML = '';
  localStorage.clear();
  vi.restoreAllMocks();
});

test('every island the markup can name has an implementation, and no other', () => {
  expect(Object.keys(islands).sort()).toEqual([...islandNames].sort());
});

test('an unknown island is reported and the others still mount', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  page(
    `<span data-island="nope"></span>${renderToStaticMarkup(
      <NoteRef href="#fn-1" gotoLabel="查看注释" data-footnote-ref="">
        1
      </NoteRef>,
    )}`,
  );
  expect(error).toHaveBeenCalledWith('unknown island "nope"');
  expect(document.querySelector('a')?.getAttribute('aria-expanded')).toBe('false');
});

test('note-ref: a plain link in the markup; the island opens the note in a popover and closes it', () => {
  page(
    `<p>正文${renderToStaticMarkup(
      <NoteRef href="#fn-1" id="fnref-1" gotoLabel="查看注释" data-footnote-ref="">
        1
      </NoteRef>,
    )}</p><ol><li id="fn-1"><p>注释的文字。<a href="#fnref-1" data-footnote-backref="">↩</a></p></li></ol>`,
  );
  const link = document.querySelector<HTMLAnchorElement>('a[data-footnote-ref]')!;
  expect(link.getAttribute('href')).toBe('#fn-1');
  link.click();
  const popover = document.querySelector('[data-note-popover]')!;
  expect(popover.getAttribute('role')).toBe('note');
  expect(popover.textContent).toBe('注释的文字。 查看注释');
  expect(link.getAttribute('aria-expanded')).toBe('true');
  expect(link.getAttribute('aria-controls')).toBe(popover.id);
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
  expect(document.querySelector('[data-note-popover]')).toBeNull();
  expect(link.getAttribute('aria-expanded')).toBe('false');
  // A second click on an open note closes it.
  link.click();
  link.click();
  expect(document.querySelector('[data-note-popover]')).toBeNull();
});

test('reader-controls: the buttons follow <html> and write the reader’s choice through the head script', async () => {
  // The shipped inline head script, as every page runs it before first paint.
  window.matchMedia = (() => ({
    matches: false,
    addEventListener: () => undefined,
  })) as unknown as typeof window.matchMedia; // jsdom has none
  localStorage.setItem(prefKeys.font, 'xl');
  new Function(prefsScript)();
  const root = document.documentElement;
  expect(root.dataset.font).toBe('xl');
  page(
    renderToStaticMarkup(
      <ReaderSettings
        labels={{
          settings: '阅读设置',
          fontSize: '字号',
          fontStepNames: { s: '小', m: '标准', l: '大', xl: '特大' },
          smaller: '缩小',
          larger: '放大',
          theme: '配色',
          themeChoice: { system: '跟随系统', light: '浅色', dark: '深色' },
          noScript: '—',
        }}
      />,
    ),
  );
  const details = document.querySelector('details')!;
  const larger = document.querySelector<HTMLButtonElement>('[data-font-control="larger"]')!;
  const smaller = document.querySelector<HTMLButtonElement>('[data-font-control="smaller"]')!;
  const light = document.querySelector<HTMLButtonElement>('[data-theme-option="light"]')!;
  const system = document.querySelector<HTMLButtonElement>('[data-theme-option="system"]')!;
  expect(larger.getAttribute('aria-disabled')).toBe('true');
  expect(document.querySelector('[data-font-step-name]')!.textContent).toBe('特大');
  smaller.click();
  // The control answers at once; the size is applied after that answer is painted.
  expect(larger.getAttribute('aria-disabled')).toBe('false');
  expect(document.querySelector('[data-font-step-name]')!.textContent).toBe('大');
  expect(root.dataset.font).toBe('xl');
  // Two taps before then: the second goes on from the first, and only it is applied.
  smaller.click();
  expect(document.querySelector('[data-font-step-name]')!.textContent).toBe('标准');
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(root.dataset.font).toBe('m');
  expect(localStorage.getItem(prefKeys.font)).toBe('m');
  await Promise.resolve(); // the observer's callback
  expect(document.querySelector('[data-font-step-name]')!.textContent).toBe('标准');
  larger.click();
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(root.dataset.font).toBe('l');
  await Promise.resolve();
  expect(larger.getAttribute('aria-disabled')).toBe('false');
  expect(document.querySelector('[data-font-step-name]')!.textContent).toBe('大');
  expect(system.getAttribute('aria-pressed')).toBe('true');
  light.click();
  expect(root.dataset.themeChoice).toBe('light');
  expect(localStorage.getItem(prefKeys.theme)).toBe('light');
  await Promise.resolve();
  expect(light.getAttribute('aria-pressed')).toBe('true');
  expect(system.getAttribute('aria-pressed')).toBe('false');
  // Escape closes the panel and returns focus to "Aa"; so does a tap elsewhere.
  details.open = true;
  light.focus();
  light.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  expect(details.open).toBe(false);
  expect(document.activeElement).toBe(details.querySelector('summary'));
  details.open = true;
  document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
  expect(details.open).toBe(false);
  delete window.__applyReaderPrefs;
});

test('note-ref: focus moving elsewhere closes the popover', () => {
  page(
    `<p>${renderToStaticMarkup(
      <NoteRef href="#fn-1" gotoLabel="查看注释" data-footnote-ref="">
        1
      </NoteRef>,
    )}<a href="#elsewhere" id="elsewhere">别处</a></p><ol><li id="fn-1">注释。</li></ol>`,
  );
  const link = document.querySelector<HTMLAnchorElement>('a[data-footnote-ref]')!;
  link.focus();
  link.click();
  expect(document.querySelector('[data-note-popover]')).not.toBeNull();
  // Into the popover: still open.
  document.querySelector<HTMLAnchorElement>('[data-note-popover] a')!.focus();
  expect(document.querySelector('[data-note-popover]')).not.toBeNull();
  document.getElementById('elsewhere')!.focus();
  expect(document.querySelector('[data-note-popover]')).toBeNull();
  expect(link.getAttribute('aria-expanded')).toBe('false');
});

test('variant-switch: the link takes the query along and the choice is remembered', () => {
  window.history.replaceState(null, '', '/zh-hans/search/?q=%E5%86%85%E5%8D%B7');
  page(renderToStaticMarkup(<ScriptSwitch current="zh-hans" hrefs={{ 'zh-hant': '/zh-hant/search/' }} label="字体" />));
  const link = document.querySelector<HTMLAnchorElement>('a[data-variant-switch="zh-hant"]')!;
  link.addEventListener('click', (event) => event.preventDefault()); // jsdom does not navigate
  link.click();
  expect(link.pathname + link.search).toBe('/zh-hant/search/?q=%E5%86%85%E5%8D%B7');
  expect(localStorage.getItem('ai-work:variant')).toBe('zh-hant');
});

test('island inputs: written by island(), read by islandInputs(), one name for both; missing means no mount', () => {
  const attributes = island('paragraph-english', { englishSrc: '/en/articles/ai-race-002/' });
  expect(attributes).toEqual({ 'data-island': 'paragraph-english', 'data-english-src': '/en/articles/ai-race-002/' });
  const root = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) root.setAttribute(name, value);
  expect(islandInputs(root, 'paragraph-english')).toEqual({ englishSrc: '/en/articles/ai-race-002/' });
  root.removeAttribute('data-english-src');
  expect(islandInputs(root, 'paragraph-english')).toBeUndefined();
  expect(island('toc')).toEqual({ 'data-island': 'toc' });
});
