import type { VariantId } from '../site/variants';
import { messages as en } from './catalogue/en';
import { messages as hans } from './catalogue/zh-hans';
import { messages as hant } from './catalogue/zh-hant';
import { messages as hk } from './catalogue/zh-hk';
import type { Messages } from './types';

export type { Messages } from './types';

const catalogue: Record<VariantId, Messages> = { 'zh-hans': hans, 'zh-hant': hant, 'zh-hk': hk, en };

/** UI strings for a variant (lib/i18n/types.ts; one catalogue per variant in lib/i18n/catalogue/). */
export function getMessages(variant: VariantId): Messages {
  return catalogue[variant];
}
