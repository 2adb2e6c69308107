// Isso databases for the export tests, built and read with upstream Isso 0.14.0's Python.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import type { IssoRunner, RunOptions, RunResult } from '../../startos/container/runner'
import { issoPython } from '../helpers/isso'

export interface SpecComment {
  key: string
  parent?: string
  author: string | null
  email: string | null
  website: string | null
  text: string
  remote_addr: string
  created: number
  /** 1 approved, 2 pending (what Isso's API stores with moderation on) */
  mode: 1 | 2
  notification?: 0 | 1
  /** An edit through the API at this time (appends " (edited)" to the text). */
  editedAt?: number
  likes?: number
  dislikes?: number
  /** Deleted through Isso after every comment exists: with replies it stays as a placeholder. */
  delete?: boolean
}
export interface SpecThread {
  uri: string
  title: string | null
  comments: SpecComment[]
}

/** Builds dbFile with Isso's own db classes (issoDb.py); returns each comment key's id. */
export function buildIssoDb(dbFile: string, spec: SpecThread[]): Record<string, number> {
  const out = execFileSync(issoPython(), [join(__dirname, 'issoDb.py'), dbFile], {
    input: JSON.stringify(spec),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  return JSON.parse(out) as Record<string, number>
}

/** A comment as a reader of the database sees it, ids replaced by what they point at. */
export interface DumpedComment {
  uri: string
  title: string | null
  /** The parent's created time: ids differ between databases, times are unique in the tests. */
  parent: number | null
  created: number
  modified: number | null
  mode: number
  remote_addr: string | null
  text: string
  author: string | null
  email: string | null
  website: string | null
  likes: number
  dislikes: number
  notification: number | null
}
export interface Dump {
  threads: [string, string | null][]
  comments: DumpedComment[]
}

// Read independently of the exporter: plain sqlite3, every column the export is about.
const DUMP = `
import json, sqlite3, sys
c = sqlite3.connect(sys.argv[1])
threads = c.execute('SELECT uri, title FROM threads ORDER BY uri').fetchall()
cols = ['uri', 'title', 'parent', 'created', 'modified', 'mode', 'remote_addr', 'text', 'author', 'email',
        'website', 'likes', 'dislikes', 'notification']
rows = c.execute('''SELECT t.uri, t.title, p.created,
  c.created, c.modified, c.mode, c.remote_addr, c.text, c.author, c.email, c.website, c.likes, c.dislikes,
  c.notification FROM comments c JOIN threads t ON t.id = c.tid LEFT JOIN comments p ON p.id = c.parent
  ORDER BY c.created, c.id''').fetchall()
comments = [dict(zip(cols, r)) for r in rows]
print(json.dumps({'threads': threads, 'comments': comments}))
`
export function dumpIssoDb(dbFile: string): Dump {
  return JSON.parse(execFileSync(issoPython(), ['-c', DUMP, dbFile], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })) as Dump
}

/**
 * The isso image (python:alpine) has no time zone data, so its local time is UTC, which
 * upstream's Disqus importer relies on (it reads createdAt with time.mktime, local time).
 * Tests run the image's commands with the same zone, whatever this machine's is.
 */
export function inImageZone<C extends IssoRunner>(container: C): C {
  const exec = container.exec.bind(container)
  return {
    ...container,
    exec: (command: string[], o: RunOptions, t: number): Promise<RunResult> => exec(command, { ...o, env: { ...o.env, TZ: 'UTC' } }, t),
  }
}
