// The internet of a test file, on its loopback: https on 443 (the test authority's
// certificate, tls.ts) and plain http on 80, for every name of network.ts.
//
// - The server's https addresses (PROXIED_NAMES) go to StartOS's proxy double, which
//   does what facts about StartOS 0.4's proxy say: it ends TLS and speaks plain HTTP to
//   the container's port 8080, passing Host as sent, dropping any X-Forwarded-For and
//   X-Forwarded-Proto the client sent and setting its own (the peer's IP, https).
// - Every other name is a blog: the test sets what each URL answers with page().
import { readFileSync } from 'node:fs'
import * as http from 'node:http'
import * as https from 'node:https'
import type { AddressInfo } from 'node:net'
import { testTls } from './namespace'
import { PROXIED_NAMES } from './network'

export type Answer =
  | { status?: number; html?: string; location?: string; headers?: Record<string, string> }
  /** Accepts the request and never answers. */
  | 'never'

/** Answers by request: lets a page refuse some clients, as bot protection does. */
export type Route = Answer | ((req: http.IncomingMessage) => Answer)

export interface Web {
  /** Sets what `url` (https://host/path or http://host/path) answers. */
  page(url: string, route: Route): void
  /** Every request a blog received, as `user-agent url status`. */
  log: string[]
  close(): Promise<void>
}

const ISSO_PORT = 8080

function proxy(req: http.IncomingMessage, res: http.ServerResponse): void {
  const headers = { ...req.headers }
  delete headers['x-forwarded-for']
  delete headers['x-forwarded-proto']
  headers['x-forwarded-for'] = req.socket.remoteAddress?.replace(/^::ffff:/, '') ?? ''
  headers['x-forwarded-proto'] = 'https'
  const upstream = http.request({ host: '127.0.0.1', port: ISSO_PORT, method: req.method, path: req.url, headers, agent: false }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers)
    answer.pipe(res)
  })
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain' })
    res.end('StartOS proxy double: the service does not answer')
  })
  req.pipe(upstream)
}

export async function startWeb(): Promise<Web> {
  if (!testTls) throw new Error('startWeb: only inside the e2e namespace (import ../harness first)')
  const routes = new Map<string, Route>()
  const log: string[] = []
  const hanging = new Set<http.ServerResponse>()

  const handle = (scheme: 'https' | 'http') => (req: http.IncomingMessage, res: http.ServerResponse) => {
    const host = (req.headers.host ?? '').toLowerCase().replace(scheme === 'https' ? /:443$/ : /:80$/, '')
    if (scheme === 'https' && PROXIED_NAMES.includes(host)) return proxy(req, res)
    const url = new URL(`${scheme}://${host}${req.url ?? '/'}`).href
    const route = routes.get(url)
    const answer: Answer = typeof route === 'function' ? route(req) : (route ?? { status: 404, html: 'not found' })
    if (answer === 'never') {
      log.push(`${req.headers['user-agent'] ?? ''} ${url} never`)
      hanging.add(res)
      return
    }
    const status = answer.status ?? 200
    log.push(`${req.headers['user-agent'] ?? ''} ${url} ${status}`)
    res.writeHead(status, {
      'Content-Type': 'text/html; charset=utf-8',
      ...(answer.location ? { Location: answer.location } : {}),
      ...answer.headers,
    })
    res.end(req.method === 'HEAD' ? undefined : (answer.html ?? ''))
  }

  const secure = https.createServer(
    { cert: readFileSync(testTls.certFile), key: readFileSync(testTls.keyFile) },
    handle('https'),
  )
  const plain = http.createServer(handle('http'))
  // Every loopback address, IPv4 and IPv6 (localhost may resolve to either).
  await new Promise<void>((ok) => secure.listen(443, ok))
  await new Promise<void>((ok) => plain.listen(80, ok))
  if ((secure.address() as AddressInfo).port !== 443) throw new Error('web: not on 443')

  return {
    page: (url, route) => routes.set(new URL(url).href, route),
    log,
    close: async () => {
      for (const res of hanging) res.destroy()
      for (const server of [secure, plain]) {
        server.closeAllConnections()
        await new Promise((ok) => server.close(ok))
      }
    },
  }
}

/** A blog page: a charset, a title and a heading, then `body`. */
export const blogPage = (title: string, body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body><h1>${title}</h1>\n${body}\n</body></html>`
