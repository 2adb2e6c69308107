// Where the end-to-end tests find upstream Isso 0.14.0: the git-ignored venv that
// `scripts/isso-env.sh` makes (or ISSO_VENV pointing at another one). Under CI=true a
// missing Isso fails the suite; elsewhere its tests are skipped with a message saying how
// to enable them.
import { existsSync, realpathSync } from 'node:fs'
import { join, resolve } from 'node:path'

const venv = resolve(process.env.ISSO_VENV ?? join(__dirname, '..', '..', '.isso-venv'))
// By its real path, the one gunicorn's shebang names (e2e/runtime/rootfs.ts binds the venv
// there): `npm test` runs from .test-build/, where .isso-venv is a symlink.
export const ISSO_VENV = existsSync(venv) ? realpathSync(venv) : venv

const ENABLE_HINT =
  'upstream Isso 0.14.0 is not installed: run `scripts/isso-env.sh WHEEL_DIR` (offline, from ' +
  'a directory of wheels) or `scripts/isso-env.sh` (from the Python package index), then run the tests again'

/** The venv's path, or throws under CI (where Isso must be present). */
export function issoVenv(): string | null {
  if (existsSync(join(ISSO_VENV, 'bin', 'isso'))) return ISSO_VENV
  if (process.env.CI === 'true') throw new Error(`CI=true but ${ENABLE_HINT}`)
  return null
}

/**
 * For `describe(name, { skip: skipWithoutIsso() }, …)`: false when Isso is there, else
 * the reason, which node:test prints beside the skipped suite.
 */
export function skipWithoutIsso(): false | string {
  return issoVenv() ? false : ENABLE_HINT
}

export const issoPython = () => join(ISSO_VENV, 'bin', 'python')
