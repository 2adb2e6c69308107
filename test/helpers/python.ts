/**
 * The python3 oracle: reads isso.cfg texts with CPython's configparser exactly as Isso
 * 0.14.0 does (isso/config.py `load`: `open(user, 'r')` under the image's C.UTF-8 locale,
 * i.e. UTF-8, universal newlines, then `read_file` into
 * `ConfigParser(allow_no_value=True, interpolation=None)`).
 * Each text is encoded as Node would write it (Buffer.from(text)) and wrapped in the
 * same io.TextIOWrapper that open() builds (no temp files: 10x faster).
 * One python3 process per call, however many texts: batch them.
 *
 *   const [r] = await readWithPython([doc.toString()])
 *   if (r.ok) r.sections.general.host      // own keys; r.defaults holds [DEFAULT]
 *
 * Isso reads its packaged defaults first; that changes neither which files fail nor the
 * values the user file gives, so the oracle reads the user file alone.
 */
import { execFile, execFileSync } from 'node:child_process'

export type PythonErrorKind =
  | 'duplicate-section'
  | 'duplicate-key'
  | 'missing-section-header'
  | 'parsing'
  | 'continuation-after-valueless-key' // AttributeError: continuation of a valueless key
  | 'other'

export type PythonReading =
  | {
      ok: true
      /** own keys of each section (no DEFAULT fallback), as configparser stores them */
      sections: Record<string, Record<string, string | null>>
      defaults: Record<string, string | null>
      /** the same, in file order: comparable with ConfigDocument.reading() */
      reading: {
        sections: Array<[string, Array<[string, string | null]>]>
        defaults: Array<[string, string | null]>
      }
    }
  | { ok: false; kind: PythonErrorKind; error: string; line?: number }

const SCRIPT = String.raw`
import base64, configparser, io, json, sys

class Counting:
    def __init__(self, f):
        self.f, self.lineno, self.name = f, 0, 'isso.cfg'
    def __iter__(self):
        for line in self.f:
            self.lineno += 1
            yield line

def read(data):
    cp = configparser.ConfigParser(allow_no_value=True, interpolation=None)
    # what open(path, 'r', encoding='utf-8') builds: a TextIOWrapper, universal newlines
    with io.TextIOWrapper(io.BufferedReader(io.BytesIO(base64.b64decode(data))), encoding='utf-8') as f:
        counting = Counting(f)
        try:
            cp.read_file(counting)
        except configparser.DuplicateSectionError as e:
            return {'ok': False, 'kind': 'duplicate-section', 'error': str(e), 'line': e.lineno}
        except configparser.DuplicateOptionError as e:
            return {'ok': False, 'kind': 'duplicate-key', 'error': str(e), 'line': e.lineno}
        except configparser.MissingSectionHeaderError as e:
            return {'ok': False, 'kind': 'missing-section-header', 'error': str(e), 'line': e.lineno}
        except configparser.ParsingError as e:
            return {'ok': False, 'kind': 'parsing', 'error': str(e), 'line': e.errors[0][0]}
        except AttributeError as e:
            return {'ok': False, 'kind': 'continuation-after-valueless-key', 'error': str(e), 'line': counting.lineno}
        except Exception as e:
            return {'ok': False, 'kind': 'other', 'error': repr(e)}
    sections = [[name, list(cp._sections[name].items())] for name in cp.sections()]
    defaults = list(cp._defaults.items())
    return {'ok': True, 'sections': dict((n, dict(p)) for n, p in sections), 'defaults': dict(defaults),
            'reading': {'sections': sections, 'defaults': defaults}}

json.dump([read(data) for data in json.load(sys.stdin)], sys.stdout)
`

let interpreter: string | undefined

/**
 * The python3 on PATH, named by its interpreter's own path, found once per process: a
 * version manager's shim in front of it (pyenv's runs a dozen bash processes, ≈0.3 s of
 * CPU, at every call) is then passed only once. The same interpreter either way.
 */
export function python3(): string {
  interpreter ??= execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim() || 'python3'
  return interpreter
}

export function readWithPython(texts: string[]): Promise<PythonReading[]> {
  const input = JSON.stringify(texts.map((t) => Buffer.from(t, 'utf8').toString('base64')))
  return new Promise((resolve, reject) => {
    const child = execFile(python3(), ['-c', SCRIPT], { maxBuffer: 1 << 30 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`python3 failed: ${err.message}\n${stderr}`))
      resolve(JSON.parse(stdout) as PythonReading[])
    })
    child.stdin?.end(input)
  })
}
