// Forms with repeated rows (a product's variants and spec rows) name their fields with dotted paths:
// `variants.0.sku`, `variants.0.options.1.name`. This turns such a FormData into nested objects and arrays
// for zod, and zod's issue paths joined with '.' name the same fields again, so errors land beside them.

type Tree = { [key: string]: Tree | string | string[] };

const INDEX = /^\d{1,4}$/;

function setPath(root: Tree, path: string[], value: string | string[]): void {
  let node = root;
  for (const [i, segment] of path.entries()) {
    if (segment === '__proto__' || segment === 'constructor' || segment === 'prototype') return;
    if (i === path.length - 1) {
      node[segment] = value;
      return;
    }
    const next = node[segment];
    if (typeof next === 'object' && next !== null && !Array.isArray(next)) {
      node = next;
    } else {
      const created: Tree = {};
      node[segment] = created;
      node = created;
    }
  }
}

/** Objects whose keys are all small integers become arrays, in index order (gaps closed). */
function toArrays(value: Tree | string | string[]): unknown {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const converted = Object.fromEntries(keys.map((k) => [k, toArrays(value[k] as Tree)]));
  if (keys.length > 0 && keys.every((k) => INDEX.test(k))) {
    return keys.sort((a, b) => Number(a) - Number(b)).map((k) => converted[k]);
  }
  return converted;
}

/** FormData -> nested plain object; repeated plain keys become arrays; files and React's $ACTION fields are dropped. */
export function formToNested(form: FormData): Record<string, unknown> {
  const root: Tree = Object.create(null);
  for (const key of new Set(form.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const values = form.getAll(key).filter((v): v is string => typeof v === 'string');
    if (values.length === 0) continue;
    setPath(root, key.split('.'), values.length > 1 ? values : (values[0] as string));
  }
  return { ...(toArrays(root) as Record<string, unknown>) };
}
