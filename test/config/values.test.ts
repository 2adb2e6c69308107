// Isso's value rules, checked against Isso's own code run by python3 (one call).
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import {
  findEnvExpansion,
  formatDuration,
  parseBoolean,
  parseDuration,
  splitCommas,
  splitLines,
} from '../../startos/isso/config'
import { python3 } from '../helpers/python'

// isso/config.py @0.14.0: timedelta() and IssoParser.getint's fallback, copied verbatim
// in spirit (same regex construction); booleans through configparser itself; the env
// pattern is posixpath's own _varprog.
const ORACLE = String.raw`
import configparser, datetime, json, os, posixpath, re, sys

def timedelta(string):
    keys = ["weeks", "days", "hours", "minutes", "seconds"]
    regex = "".join(["((?P<%s>\d+)%s ?)?" % (k, k[0]) for k in keys])
    kwargs = {}
    for k, v in re.match(regex, string).groupdict(default="0").items():
        kwargs[k] = int(v)
    rv = datetime.timedelta(**kwargs)
    if rv == datetime.timedelta():
        raise ValueError("invalid human-readable timedelta")
    return datetime.timedelta(**kwargs)

def getint(value):
    try:
        delta = timedelta(value)
    except ValueError:
        try:
            return int(value)
        except ValueError:
            return None
    return int(delta.total_seconds())

def getboolean(value):
    cp = configparser.ConfigParser(allow_no_value=True, interpolation=None)
    cp.read_dict({"s": {"k": value}})
    try:
        return cp.getboolean("s", "k")
    except ValueError:
        return None

os.path.expandvars("$X")  # compiles posixpath._varprog
def env(value):
    m = posixpath._varprog.search(value)
    return m.group(0) if m else None

data = json.load(sys.stdin)
print(json.dumps({
    "durations": [getint(v) for v in data["durations"]],
    "booleans": [getboolean(v) for v in data["booleans"]],
    "env": [env(v) for v in data["env"]],
}))
`

const durations = [
  '15m', '30d', '1h30m', '3w 2d', '90', '1y', '2 d', '0', '0m', '1h30', '1h 30m ',
  '1h  30m', '5m5m', '-5', '+7', '1_000', '1__0', '_1', '007', '٣m', '٣', 'm', 'w',
  '1w2d3h4m5s', '5s4m', '1d 2h', '1.5h', '0x10', '1e3', '12abc', 'abc', '2W', '10 ',
]
const booleans = [
  '1', 'yes', 'true', 'on', '0', 'no', 'false', 'off', 'TRUE', 'Yes', 'oN', 'OFF',
  'y', 'n', 'enabled', '', 'truee', '2', 'tRuE',
]
const envValues = [
  'plain', 'pa%ss$HOME word', '${SMTP_PASSWORD}', '$', 'a$', '$$', '$1', '${}', '${a b}',
  '$é', 'x$_y', '${unterminated', 'cost: 5$', '$-x', 'a$b$c',
]

const oracle = JSON.parse(
  execFileSync(python3(), ['-c', ORACLE], {
    input: JSON.stringify({ durations, booleans, env: envValues }),
    encoding: 'utf8',
  }),
) as { durations: (number | null)[]; booleans: (boolean | null)[]; env: (string | null)[] }

describe('durations and integers (IssoParser.getint)', () => {
  it('agree with Isso on every sample', () => {
    assert.deepEqual(durations.map(parseDuration), oracle.durations)
  })
  it('reject 1y and 2 d, as Isso does', () => {
    assert.equal(parseDuration('1y'), null)
    assert.equal(parseDuration('2 d'), null)
    assert.equal(parseDuration('1h30m'), 5400)
  })
  it('formatDuration gives the readable forms', () => {
    assert.deepEqual([900, 2592000, 5400, 1209600, 0, 61].map(formatDuration), [
      '15m', '30d', '1h30m', '2w', '0', '1m1s',
    ])
  })
  it('formatDuration round-trips through parseDuration', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999999999 * 86400 }), n => {
        assert.equal(parseDuration(formatDuration(n)), n)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('booleans (configparser getboolean)', () => {
  it('agree with configparser on every sample', () => {
    assert.deepEqual(booleans.map(parseBoolean), oracle.booleans)
  })
})

describe('findEnvExpansion (posixpath _varprog)', () => {
  it('finds the same first match as Python', () => {
    assert.deepEqual(envValues.map(findEnvExpansion), oracle.env)
  })
})

describe('lists', () => {
  it('getiter drops blank lines and strips items', () => {
    assert.deepEqual(splitLines('\nhttps://a.example\n  \n http://b.example '), [
      'https://a.example',
      'http://b.example',
    ])
  })
  it('getlist keeps empty items', () => {
    assert.deepEqual(splitCommas('stdout, smtp,'), ['stdout', 'smtp', ''])
  })
})
