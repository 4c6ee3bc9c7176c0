/**
 * A workload's schema read as the tree a plain renderer walks: groups (objects, with their title) and
 * fields (leaves, with the native control their type and UI hint call for). Used by the one-LitElement
 * form; dotted paths match the workloads' `ui` keys.
 */
export function schemaTree(schema, ui, path = [], required = false) {
  if (schema.type === 'object') {
    const needed = new Set(schema.required ?? []);
    return {
      group: true,
      path,
      title: schema.title ?? '',
      children: Object.entries(schema.properties ?? {}).map(([key, sub]) => schemaTree(sub, ui, [...path, key], needed.has(key))),
    };
  }
  return {
    group: false,
    path,
    pointer: '/' + path.join('/'),
    title: schema.title ?? path.at(-1),
    required,
    control: controlOf(schema, ui[path.join('.')]),
    options: schema.enum,
  };
}

function controlOf(schema, hint) {
  if (schema.enum) return hint === 'radio' ? 'radio' : 'select';
  if (schema.type === 'boolean') return 'checkbox';
  if (schema.type === 'integer' || schema.type === 'number') return 'number';
  if (schema.format === 'date') return 'date';
  return hint === 'textarea' ? 'textarea' : 'text';
}

/** The value at `path` in `data`, or undefined. */
export function valueAt(data, path) {
  let value = data;
  for (const key of path) value = value?.[key];
  return value;
}

/** Sets the value at `path`, creating objects on the way. */
export function setValueAt(data, path, value) {
  let target = data;
  for (const key of path.slice(0, -1)) target = target[key] ??= {};
  target[path.at(-1)] = value;
}
