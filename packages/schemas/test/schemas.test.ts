import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { jsonFiles } from './support.js';
import { packageDir } from './support.js';

type Schema = Record<string, unknown>;

/** Every subschema that declares a property (conditionals only constrain declared ones), with its path. */
function properties(schema: unknown, path: string): [string, Schema][] {
  if (!schema || typeof schema !== 'object') return [];
  const s = schema as Schema;
  const found: [string, Schema][] = [];
  for (const [key, value] of Object.entries(s)) {
    if (key === 'properties')
      for (const [name, sub] of Object.entries(value as Schema))
        found.push([`${path}/properties/${name}`, sub as Schema], ...properties(sub, `${path}/properties/${name}`));
    else if (key === '$defs')
      for (const [name, sub] of Object.entries(value as Schema)) found.push(...properties(sub, `${path}/$defs/${name}`));
    else if (['items', 'additionalProperties'].includes(key)) found.push(...properties(value, `${path}/${key}`));
  }
  return found;
}

/** Every object subschema with `properties`, with its path. */
function objects(schema: unknown, path: string): [string, Schema][] {
  if (!schema || typeof schema !== 'object') return [];
  const s = schema as Schema;
  const found: [string, Schema][] = s['properties'] ? [[path, s]] : [];
  for (const [key, value] of Object.entries(s)) {
    if (key === 'properties' || key === '$defs')
      for (const [name, sub] of Object.entries(value as Schema)) found.push(...objects(sub, `${path}/${key}/${name}`));
    else if (['items', 'additionalProperties'].includes(key)) found.push(...objects(value, `${path}/${key}`));
  }
  return found;
}

describe('schemas', () => {
  const schemas = jsonFiles<Schema>('.').filter(([name]) => name.endsWith('.schema.json'));

  it('have versioned $ids and use JSON Schema 2020-12', () => {
    assert.equal(schemas.length, 9);
    for (const [name, schema] of schemas) {
      assert.equal(schema['$id'], `https://schemas.mentorkit.dev/v1/${name}`);
      assert.equal(schema['$schema'], 'https://json-schema.org/draft/2020-12/schema');
    }
  });

  it('give every property a title and a description', () => {
    for (const [name, schema] of schemas) {
      for (const [path, property] of properties(schema, name)) {
        assert.ok(property['title'] && property['description'], `${path} has a title and a description`);
      }
    }
  });

  it('allow unknown properties only in extensions', () => {
    for (const [name, schema] of schemas) {
      for (const [path, object] of objects(schema, name)) assert.equal(object['additionalProperties'], false, `${path} is closed`);
    }
  });
});

describe('generated types', () => {
  it('are current', () => {
    const result = spawnSync(process.execPath, ['scripts/generate.mjs', '--check'], { cwd: packageDir, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
  });
});
