import { randomUUID } from 'node:crypto'
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { StorageError, objectNotFound } from './errors.ts'

const tempDir = (storageDir: string) => path.join(storageDir, '.uploads')

/** Received bytes wait here until the row has been accepted. */
export async function writeTempFile(storageDir: string, bytes: Buffer): Promise<string> {
  const file = await newTempPath(storageDir)
  await writeFile(file, bytes)
  return file
}

export async function newTempPath(storageDir: string): Promise<string> {
  await mkdir(tempDir(storageDir), { recursive: true })
  return path.join(tempDir(storageDir), randomUUID())
}

/** A file moved into place whose previous content can still be restored if the transaction fails. */
export interface PlacedFile {
  keep(): Promise<void>
  undo(): Promise<void>
}

/** What undoing a placement does with the file: delete it (new bytes), or give it back to its source (a move). */
export type UndoBy = 'removing' | 'returning'

export async function placeFile(
  storageDir: string,
  source: string,
  target: string,
  undoBy: UndoBy = 'removing',
): Promise<PlacedFile> {
  // the backup folder must exist, or a previous file would look absent and be overwritten without a backup
  await mkdir(tempDir(storageDir), { recursive: true })
  const backup = path.join(tempDir(storageDir), `${randomUUID()}.previous`)
  const hadPrevious = await moveIfExists(target, backup)
  try {
    await mkdir(path.dirname(target), { recursive: true })
    await rename(source, target)
  } catch (error) {
    if (hadPrevious) await rename(backup, target)
    throw folderConflict(error)
  }
  return {
    keep: async () => {
      if (hadPrevious) await rm(backup, { force: true })
    },
    undo: async () => {
      if (undoBy === 'returning') await rename(target, source)
      else await rm(target, { force: true })
      if (hadPrevious) await rename(backup, target)
    },
  }
}

/** `a` and `a/b` can both be object names, but not both a file and a folder on disk. */
function folderConflict(error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOTDIR' || code === 'EISDIR' || code === 'EEXIST') {
    return new StorageError(
      409,
      'InvalidRequest',
      'The object name clashes with an existing object or folder',
    )
  }
  return error
}

async function moveIfExists(from: string, to: string): Promise<boolean> {
  try {
    if ((await stat(from)).isDirectory())
      throw folderConflict(Object.assign(new Error('is a folder'), { code: 'EISDIR' }))
    await rename(from, to)
    return true
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return false
    throw error
  }
}

/** A row whose bytes are gone is an object that does not exist, as storage-api's backend answers NoSuchKey. */
export async function fromSourceFile<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw objectNotFound()
    throw error
  }
}

export const removeFile = (file: string) => rm(file, { force: true })
