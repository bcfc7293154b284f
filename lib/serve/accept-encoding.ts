import { type EncodingName } from '../static-export/precompress';

/** The weight of one `Accept-Encoding` element's parameters (`q=0.5`; none is 1). */
function weight(params: readonly string[]): number {
  for (const param of params) {
    const match = /^q\s*=\s*([0-9.]+)$/i.exec(param.trim());
    if (match) return Number(match[1]) || 0;
  }
  return 1;
}

/**
 * The encodings a request's `Accept-Encoding` accepts (q > 0), e.g. `gzip, br;q=0.5` → br and gzip.
 * Coding names and parameters are trimmed (`br ; q=0` refuses br) and compared in any case. `*` accepts
 * both unless one is named with q=0 (`*, br;q=0` → gzip only); `*;q=0` accepts only those named with a
 * weight; `identity` and unknown codings are ignored (the file as it is is always acceptable).
 */
export function acceptedEncodings(header: string | string[] | undefined): Set<EncodingName> {
  const accepted = new Set<EncodingName>();
  const refused = new Set<string>();
  let any = false;
  for (const part of (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',')) {
    const [rawName = '', ...params] = part.split(';');
    const name = rawName.trim().toLowerCase();
    if (!name) continue;
    const ok = weight(params) > 0;
    if (name === '*') any = ok;
    else if (!ok) refused.add(name);
    else if (name === 'br' || name === 'gzip') accepted.add(name);
  }
  if (any) for (const name of ['br', 'gzip'] as const) if (!refused.has(name)) accepted.add(name);
  for (const name of refused) accepted.delete(name as EncodingName);
  return accepted;
}
