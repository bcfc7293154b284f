/**
 * Names the Chinese essays write in Chinese and the English translation in Latin letters: a reader who
 * types "Musk" on a Chinese page means the paragraphs about 马斯克, in the edition they are reading, not only
 * the English translation's. So on a Chinese page a Latin query's known names are also looked for in their
 * Chinese form in the Chinese index (the English results still follow under their own heading).
 *
 * Reviewed by hand, and checked against the corpus (tests/unit/latin-names.test.ts): in the aligned
 * paragraphs, the Chinese form stands where the translation has the name. Chinese forms are canonical
 * Simplified, the index's script; results are shown, and the name marked, in the reader's script.
 */
export const latinNames: readonly { readonly latin: string; readonly chinese: string }[] = [
  { latin: 'Musk', chinese: '马斯克' },
  { latin: 'Jensen Huang', chinese: '黄仁勋' },
  { latin: 'Huang', chinese: '黄仁勋' },
  { latin: 'Nvidia', chinese: '英伟达' },
  { latin: 'Microsoft', chinese: '微软' },
  { latin: 'Google', chinese: '谷歌' },
  { latin: 'Amazon', chinese: '亚马逊' },
  { latin: 'Kurzweil', chinese: '库兹韦尔' },
  { latin: 'Bezos', chinese: '贝索斯' },
  { latin: 'Sequoia', chinese: '红杉' },
];

// Longest first, so "Jensen Huang" is one name, not "Jensen" and a 黄仁勋.
const byLength = [...latinNames].sort((a, b) => b.latin.length - a.latin.length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${byLength.map((n) => escape(n.latin).replace(' ', '\\s+')).join('|')})(?:['’]?s)?(?![\\p{L}\\p{N}])`,
  'giu',
);

/**
 * The query with every known Latin name written in Chinese ("Musk 泡沫" → "马斯克 泡沫", "musk's", "the Musks" → "马斯克"),
 * or undefined when it names none.
 */
export function chineseNames(query: string): string | undefined {
  let found = false;
  const out = query.replace(pattern, (match) => {
    const said = match.replace(/\s+/g, ' ').toLowerCase();
    // As typed ("Bezos"), else without a plural or possessive ending ("Musks", "Musk's").
    const forms = [said, said.replace(/['’]?s$/, '')];
    const name = byLength.find((n) => forms.includes(n.latin.toLowerCase()));
    if (!name) return match;
    found = true;
    return ` ${name.chinese} `;
  });
  return found ? out.replace(/\s+/g, ' ').trim() : undefined;
}
