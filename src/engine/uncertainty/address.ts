/**
 * Addresses into a JSON build spec, e.g. `normalise`, `aggregate.byLevel.2` or `normalise.lu.1`:
 * dot-separated keys, numeric keys index arrays. This is how an uncertainty input names the
 * choice it varies, like the address into the coin log in COINr's SA_specs.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/**
 * A copy of `root` with `value` at `address`; missing intermediate objects are created, so an
 * input may set a step the base spec leaves at its default (COINr #60 silently ignored those).
 */
export function setAtAddress<T extends object>(root: T, address: string, value: unknown): T {
  const out = cloneJson(root) as Record<string, unknown>;
  const keys = address.split('.');
  let node: Record<string, unknown> = out;
  for (let k = 0; k < keys.length - 1; k++) {
    const key = keys[k]!;
    const next = node[key];
    if (next === null || typeof next !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = cloneJson(value);
  return out as T;
}
