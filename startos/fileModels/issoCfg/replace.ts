import { rename, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import { syncDir, writeTemp } from '../atomicWrite'
import { IssoCfgBusyError } from './errors'
import { observe, sameFile, type Observation } from './settled'

/**
 * Replaces the file with `text`, but only if it is still exactly what `expected` saw
 * (compare-and-swap): the new text is written and fsynced to a temp file first, the
 * file is observed again, and only if nothing about it changed (inode, size, times,
 * bytes) is the temp file renamed over it. Otherwise the temp file is removed and
 * IssoCfgBusyError is thrown, so a person's concurrent write always wins. The window
 * left between the last check and the rename is a few microseconds, and `expected` was
 * taken once the file had been quiet (./settled.ts).
 */
export async function replaceIfUnchanged(path: string, expected: Observation, text: string): Promise<void> {
  const tmp = await writeTemp(path, text)
  try {
    if (!sameFile(expected, await observe(path))) throw new IssoCfgBusyError(path, 'changed-while-saving')
    await rename(tmp, path)
  } catch (e) {
    await rm(tmp, { force: true })
    throw e
  }
  await syncDir(dirname(path))
}
