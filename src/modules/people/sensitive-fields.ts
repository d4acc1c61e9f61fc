import type { SecretBox } from '../../platform/crypto/secret-box.ts';
import type { EmployeeTable } from './people.tables.ts';

/**
 * The employee fields classed as sensitive (security item 24): stored only encrypted, shown only
 * to holders of `people.sensitive.read` through an audited reveal. The context binds each
 * ciphertext to its field and record, so a value copied to another row or column will not decrypt.
 */
export const SENSITIVE_FIELDS = {
  nationalId: 'national_id_enc',
  birthDate: 'birth_date_enc',
  iban: 'iban_enc',
  emergencyContact: 'emergency_contact_enc',
  healthNotes: 'health_notes_enc',
} as const satisfies Record<string, keyof EmployeeTable>;

export type SensitiveField = keyof typeof SENSITIVE_FIELDS;
export const SENSITIVE_FIELD_NAMES = Object.keys(SENSITIVE_FIELDS) as SensitiveField[];
/** What a viewer without the reveal sees named as withheld (besides the five fields). */
export const REDACTED_WITHOUT_REVEAL = [...SENSITIVE_FIELD_NAMES, 'compensation'] as const;

export const fieldContext = (column: string, recordId: string) => `people.${column}:${recordId}`;

export const sealField = (secrets: SecretBox, column: string, recordId: string, plain: string | null | undefined) =>
  plain === null || plain === undefined || plain === '' ? null : secrets.encrypt(plain, fieldContext(column, recordId));

export const openField = (secrets: SecretBox, column: string, recordId: string, stored: string | null) =>
  stored === null ? null : secrets.decrypt(stored, fieldContext(column, recordId));

/** The sensitive columns of an insert or update, encrypted, for the fields present in `input`. */
export function sealSensitive(secrets: SecretBox, recordId: string, input: Partial<Record<SensitiveField, string | null>>) {
  const out: Partial<Record<(typeof SENSITIVE_FIELDS)[SensitiveField], string | null>> = {};
  for (const field of SENSITIVE_FIELD_NAMES) {
    if (input[field] !== undefined) out[SENSITIVE_FIELDS[field]] = sealField(secrets, SENSITIVE_FIELDS[field], recordId, input[field]);
  }
  return out;
}

/** The five sensitive fields of an employee row, decrypted. */
export function openSensitive(secrets: SecretBox, row: EmployeeTable): Record<SensitiveField, string | null> {
  const out = {} as Record<SensitiveField, string | null>;
  for (const field of SENSITIVE_FIELD_NAMES) out[field] = openField(secrets, SENSITIVE_FIELDS[field], row.id, row[SENSITIVE_FIELDS[field]]);
  return out;
}
