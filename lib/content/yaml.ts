import type { VFile } from 'vfile';
import { isMap, isNode, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import type { z } from 'zod';
import { limits } from './limits';

/** A position in the file, for messages. */
export interface Place {
  line: number;
  column: number;
}

export interface ValidatedYaml<T> {
  /** The data, only when the YAML parses and matches the schema. */
  readonly data: T | undefined;
  /** Place of the deepest node that exists on a path (for checks made after validation). */
  readonly placeOf: (path: readonly PropertyKey[]) => Place;
}

/**
 * Parse YAML and validate it with a zod schema. Every problem becomes a message on `file` at the line of
 * the offending key (or `firstLine` when a key is missing). `firstLine` is the file line of the YAML's
 * first line (frontmatter starts after its `---`).
 */
export function validateYaml<S extends z.ZodType>(
  source: string,
  schema: S,
  file: VFile,
  { firstLine = 1, ruleId = 'yaml', what = 'YAML' }: { firstLine?: number; ruleId?: string; what?: string } = {},
): ValidatedYaml<z.infer<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const at = (offset: number): Place => {
    const pos = lineCounter.linePos(offset);
    return { line: firstLine + pos.line - 1, column: pos.col };
  };
  const placeOf = (path: readonly PropertyKey[]): Place => {
    for (let depth = path.length; depth > 0; depth -= 1) {
      const node: unknown = doc.getIn(path.slice(0, depth) as (string | number)[], true);
      if (isNode(node) && node.range) return at(node.range[0]);
      // A key with a null value has no value node; point at the key itself.
      const key = depth === 1 ? findPairKey(doc.contents, path[0]) : undefined;
      if (key !== undefined) return at(key);
    }
    return { line: firstLine, column: 1 };
  };
  const report = (reason: string, place: Place) => file.message(reason, { place, ruleId, source: 'content' });

  // The yaml library's errors and warnings (an unknown tag …) are problems at their place; the place is
  // already in the message's prefix, so its own " at line …, column …:" is dropped.
  const reason = (message: string) => message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  for (const warning of doc.warnings) report(`YAML warning in ${what}: ${reason(warning.message)}`, at(warning.pos[0]));
  for (const error of doc.errors) {
    // yaml catches its own stack overflow on deep nesting and says only "Maximum call stack size exceeded".
    const why = error.code === 'RESOURCE_EXHAUSTION' ? 'nested too deeply to read' : reason(error.message);
    report(`invalid YAML in ${what}: ${why}`, at(error.pos[0]));
  }
  if (doc.errors.length > 0 || doc.warnings.length > 0) return { data: undefined, placeOf };
  // Aliases (`*name`) repeat a value defined elsewhere; content has no use for them, and a few lines of
  // them can expand to billions of values ("billion laughs"). Refused here at the first one, and toJS is
  // told the same (maxAliasCount), so it would stop rather than expand.
  let alias: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      alias = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  if (alias !== undefined) {
    report(`YAML alias in ${what}: aliases (*name) are not allowed in content; write the value out`, at(alias));
    return { data: undefined, placeOf };
  }
  // ` #` starts a comment in YAML, so `note: 标题由 ### 改为 ##` silently keeps only `标题由`. A comment
  // after a value on its own line is nearly always such lost text: refuse it and say how to keep it.
  let lostText = false;
  visit(doc, {
    Scalar(_key, node) {
      if (node.comment === undefined || !node.range) return;
      lostText = true;
      report(
        `text after " #" is a YAML comment and would be dropped ("#${node.comment}"); quote the value to keep it`,
        at(node.range[0]),
      );
    },
  });
  if (lostText) return { data: undefined, placeOf };
  const result = schema.safeParse(doc.toJS({ maxAliasCount: limits.maxYamlAliases }));
  if (result.success) return { data: result.data, placeOf };
  for (const issue of result.error.issues) {
    // An unknown key is reported on its parent; point at the key itself.
    const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    const path = unknownKey === undefined ? issue.path : [...issue.path, unknownKey];
    const present = doc.hasIn(path as (string | number)[]);
    const reason =
      unknownKey !== undefined
        ? 'unknown field'
        : !present
          ? 'required field is missing'
          : doc.getIn(path as (string | number)[]) === null && issue.code === 'invalid_type'
            ? 'required field is empty: fill it in'
            : issue.message;
    report(`${what} "${path.join('.') || '(root)'}": ${reason}`, placeOf(path));
  }
  return { data: undefined, placeOf };
}

/** Offset of a top-level key in the YAML mapping. */
function findPairKey(contents: unknown, name: PropertyKey | undefined): number | undefined {
  if (!isMap(contents)) return undefined;
  for (const item of contents.items) {
    if (isScalar(item.key) && item.key.value === name && item.key.range) return item.key.range[0];
  }
  return undefined;
}
