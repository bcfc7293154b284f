/**
 * Child process of the scale benchmark: render every article in CONTENT_DIR in every variant and print one
 * JSON line { articles, ms, maxRssMb }. A fresh process per size, so peak memory is that run's alone.
 */
import { getArticles } from '../../lib/model';
import { variants } from '../../lib/site/variants';

const started = performance.now();
let count = 0;
for (const variant of variants) count = getArticles(variant.id).length;
const ms = performance.now() - started;
console.log(JSON.stringify({ articles: count, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
