import { isKind, isObject, kinds, type DocumentRecord } from './kinds.js';

/** The schema version this package reads and writes (the /v1/ in every schema $id). */
export const currentSchemaVersion = 1;

type Migration = (record: Record<string, unknown>) => Record<string, unknown>;

/**
 * Upgrades, per schema version, a record of version N to N + 1. Version 1 is the first, so there are none yet.
 * The rule: additive, backward-compatible changes (a new optional property, a new enum value) keep the version;
 * anything that would make a valid stored record invalid or change its meaning adds a new major version with new
 * $ids (/v2/) and a migration here, and migrateRecord chains them from the record's version to the current one.
 */
const migrations: Record<number, Migration> = {};

/**
 * Brings a stored record of any known schema version to the current one. Records of the current version come
 * back unchanged (as a copy). Throws for an unknown kind or a schema version this package cannot read.
 */
export function migrateRecord(record: unknown): DocumentRecord {
  if (!isObject(record)) throw new TypeError('migrateRecord: a record must be a JSON object.');
  const { kind, schemaVersion } = record;
  if (!isKind(kind)) throw new Error(`migrateRecord: unknown record kind ${JSON.stringify(kind)}; expected one of ${kinds.join(', ')}.`);
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1 || schemaVersion > currentSchemaVersion) {
    throw new Error(
      `migrateRecord: cannot migrate a ${kind} record of schemaVersion ${JSON.stringify(schemaVersion)}; this version of @mentorkit/schemas reads schema versions 1 to ${currentSchemaVersion}.`,
    );
  }
  let migrated: Record<string, unknown> = structuredClone(record);
  for (let version = schemaVersion; version < currentSchemaVersion; version++) {
    const migration = migrations[version];
    if (!migration) throw new Error(`migrateRecord: no migration from schemaVersion ${version} to ${version + 1}.`);
    migrated = migration(migrated);
  }
  return migrated as unknown as DocumentRecord;
}
