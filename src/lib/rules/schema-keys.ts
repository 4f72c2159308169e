import type { z } from 'astro/zod';

type AnySchema = z.core.$ZodType;

/** Unwraps optional, default, pipe (preprocess) and effects down to the schema that holds keys. */
function unwrap(schema: AnySchema | undefined): AnySchema | undefined {
  let current = schema;
  for (let depth = 0; current && depth < 10; depth++) {
    const def = current._zod.def as {
      type: string;
      innerType?: AnySchema;
      in?: AnySchema;
      out?: AnySchema;
    };
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe')
      current =
        (def.out?._zod.def as { type: string }).type === 'object'
          ? def.out
          : def.in?._zod.def.type === 'object'
            ? def.in
            : def.out;
    else return current;
  }
  return current;
}

/**
 * The keys a schema accepts at `path` (`['movie']` → `title`, `originalTitle`, …), read
 * from the schema itself so "did you mean" suggestions never drift from the rules.
 */
export function schemaKeysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  let current = unwrap(schema);
  for (const key of path) {
    if (!current) return [];
    const def = current._zod.def as {
      type: string;
      shape?: Record<string, AnySchema>;
      element?: AnySchema;
    };
    if (def.type === 'array' && typeof key === 'number') current = unwrap(def.element);
    else if (def.type === 'object' && def.shape) current = unwrap(def.shape[String(key)]);
    else return [];
  }
  const def = current?._zod.def as { type: string; shape?: Record<string, AnySchema> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}
