import { compare, hash as bcryptHash, hashSync } from 'bcryptjs'
import { AuthError } from './responses.ts'

const BCRYPT_COST = 10
const MIN_PASSWORD_LENGTH = 6
/** bcrypt ignores everything after 72 bytes, so GoTrue refuses longer passwords outright. */
const MAX_PASSWORD_BYTES = 72
/** Compared against when the email is unknown, so that both answers take the same time. */
const DUMMY_HASH = hashSync('not-a-real-password', BCRYPT_COST)

export function checkPasswordStrength(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AuthError(
      422,
      'weak_password',
      `Password should be at least ${MIN_PASSWORD_LENGTH} characters.`,
      {
        weak_password: { reasons: ['length'] },
      },
    )
  }
  if (Buffer.byteLength(password, 'utf8') > MAX_PASSWORD_BYTES) {
    throw new AuthError(
      422,
      'validation_failed',
      `Password cannot be longer than ${MAX_PASSWORD_BYTES} characters`,
    )
  }
}

export const hashPassword = (password: string): Promise<string> => bcryptHash(password, BCRYPT_COST)

/** Verifies `$2a$`/`$2b$` hashes, including those pgcrypto's crypt(..., gen_salt('bf')) makes. */
export async function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  if (!hash) {
    await compare(password, DUMMY_HASH)
    return false
  }
  try {
    return await compare(password, hash)
  } catch {
    return false
  }
}
