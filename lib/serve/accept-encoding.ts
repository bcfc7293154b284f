import { type EncodingName } from '../static-export/precompress';

/**
 * The encodings a request's `Accept-Encoding` accepts (q > 0), e.g. `gzip, br;q=0.5` → br and gzip.
 * `*` accepts both; `identity` and unknown codings are ignored (the file as it is is always acceptable).
 */
export function acceptedEncodings(header: string | string[] | undefined): Set<EncodingName> {
  const accepted = new Set<EncodingName>();
  const refused = new Set<string>();
  let any = false;
  for (const part of (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const ok = q === undefined || Number(q.slice(2)) > 0;
    if (name === '*') any = ok;
    else if (!ok) refused.add(name);
    else if (name === 'br' || name === 'gzip') accepted.add(name);
  }
  if (any) for (const name of ['br', 'gzip'] as const) if (!refused.has(name)) accepted.add(name);
  return accepted;
}
