import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bookIdentifier } from '@/lib/epub/identifier';
import { fillEpubSizes, emptySizes } from '@/lib/epub/sizes';
import { convertAll, footnote, wrapShortNumbers, xmlId } from '@/lib/epub/xhtml';
import { epubZip } from '@/lib/epub/zip';

const el = (tagName: string, properties: Element['properties'], ...children: (Element | string)[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children: children.map((c) => (typeof c === 'string' ? { type: 'text', value: c } : c)),
});
const html = (nodes: Parameters<typeof toHtml>[0]) => toHtml(nodes, { closeSelfClosing: true });
const options = { noteIds: new Set(['fn-1']), vertical: false };

describe('book identifiers', () => {
  it('are name-based version 5 UUIDs, the same on every build, different per book', () => {
    const id = bookIdentifier('/zh-hk/articles/ai-race-002/ai-race-002-zh-hk.epub');
    expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(bookIdentifier('/zh-hk/articles/ai-race-002/ai-race-002-zh-hk.epub')).toBe(id);
    expect(bookIdentifier('/zh-hant/articles/ai-race-002/ai-race-002-zh-hant.epub')).not.toBe(id);
  });
  it('ids become XML names (an HTML id may start with a digit, an XML one may not)', () => {
    expect(xmlId('p-3')).toBe('p-3');
    expect(xmlId('从996到002')).toBe('从996到002');
    expect(xmlId('2025年的十月')).toBe('x-2025年的十月');
  });
});

describe('short numbers in vertical text', () => {
  const marked = (text: string) => html(wrapShortNumbers(text));
  it('puts one- and two-digit numbers upright in one cell', () => {
    expect(marked('這是2025年的10月，7月份')).toBe(
      '這是2025年的<span class="tcy">10</span>月，<span class="tcy">7</span>月份',
    );
  });
  it('leaves longer numbers, decimals and Latin-digit words sideways', () => {
    expect(marked('996與002、5G、3.5倍、GPT-4o')).toBe('996與002、5G、3.5倍、GPT-4o');
  });
});

describe('notes', () => {
  const ref = el(
    'sup',
    {},
    el(
      'span',
      { dataIsland: 'note-ref', className: ['relative'] },
      el('a', { href: '#fn-1', id: 'fnref-1', dataFootnoteRef: true, ariaDescribedBy: ['footnote-label'] }, '1'),
    ),
  );
  it('a reference becomes an EPUB noteref with its id, the site’s wrapper and attributes gone', () => {
    expect(html(convertAll([ref], options))).toBe(
      '<sup><a href="#fn-1" epub:type="noteref" role="doc-noteref" id="fnref-1">1</a></sup>',
    );
  });
  it('a note becomes an aside footnote with its number and working back-links', () => {
    const note = el(
      'li',
      { id: 'fn-1' },
      el('p', {}, 'Source', el('a', { href: '#fnref-1', dataFootnoteBackref: '' }, '↑')),
      el(
        'details',
        { dataBackrefs: '' },
        el('summary', {}, '↑ 返回正文'),
        el('ol', {}, el('li', {}, el('a', { href: '#fnref-1-2', dataFootnoteBackref: '' }, '2'))),
      ),
    );
    expect(html(footnote(note, '1', options))).toBe(
      '<aside id="fn-1" epub:type="footnote" role="doc-footnote"><p>1. Source<a href="#fnref-1" role="doc-backlink">↑</a></p>' +
        '<p class="backlinks">↑ 返回正文 <a href="#fnref-1-2" role="doc-backlink">2</a></p></aside>',
    );
  });
  it('drops the reading tools and the regional word not shown; site links keep their text only', () => {
    const p = el(
      'p',
      { id: 'p-2', className: ['x'] },
      el('span', { className: ['para-tools'] }, el('a', { href: '#p-2' }, '¶')),
      el(
        'span',
        { className: ['rw'] },
        el('span', { className: ['rw-a'] }, '硅谷'),
        el('span', { className: ['rw-r'] }, '矽谷'),
      ),
      el('a', { href: '/zh-hk/themes/ai-race/', className: ['theme-link'] }, '極限競速'),
      el('a', { href: 'https://example.com/' }, 'out'),
    );
    expect(html(convertAll([p], options))).toBe('<p id="p-2">硅谷極限競速<a href="https://example.com/">out</a></p>');
  });
});

describe('the container', () => {
  const files = [
    ['META-INF/container.xml', '<container/>'],
    ['OEBPS/a.xhtml', 'a'],
  ] as const;
  it('starts with mimetype, stored, and gives the same bytes every time', () => {
    const zip = epubZip(files);
    expect(Buffer.from(zip.subarray(30, 38)).toString('latin1')).toBe('mimetype');
    expect(zip[8]).toBe(0); // compression method 0: stored
    expect(Buffer.from(zip.subarray(38, 58)).toString('latin1')).toBe('application/epub+zip');
    expect(Object.keys(unzipSync(zip))).toEqual(['mimetype', 'META-INF/container.xml', 'OEBPS/a.xhtml']);
    expect(Buffer.from(epubZip(files)).equals(Buffer.from(zip))).toBe(true);
  });
});

describe('sizes in the links', () => {
  it('fills each placeholder with the book’s size, and says which are left', () => {
    const page =
      '<a href="/b.epub">EPUB<span data-epub-size="/b.epub" class="m"></span></a><span data-epub-size="/c.epub"></span>';
    const filled = fillEpubSizes(page, new Map([['/b.epub', 58_110]]), (kb) => `（${kb} KB）`);
    expect(filled.count).toBe(1);
    expect(filled.html).toContain('<span data-epub-size="/b.epub" class="m">（57 KB）</span>');
    expect(emptySizes(filled.html)).toEqual(['/c.epub']);
  });
});
