// The blog for the browser tests: one HTTP server on two ports of this namespace's
// loopback, answering by path with pages made of the package's own snippets.
//
// Who may read a page depends on the host the request names, as in real life:
// - `127.0.0.1:<port>` stands for the published blog, which Isso can fetch (Isso needs
//   to when a first comment arrives without a title);
// - `localhost:<port>` stands for the owner's preview (`hugo server`), on the owner's own
//   computer, which Isso on the StartOS server never reaches. The server refuses Isso's
//   own requests there (its User-Agent is `Isso/<version>`), whatever name resolution
//   the test's container double happens to have.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface PageServer {
  /** Two ports, so that one origin can be listed and another not. */
  ports: [number, number]
  /** Sets (or replaces) the page at `path`: its heading and the body HTML. */
  page(path: string, heading: string, body: string): void
  /** Requests Isso itself made, as `host path status`. */
  issoRequests: string[]
  close(): Promise<void>
}

// A real page: a charset, a title and a heading; the empty icon keeps Chromium from
// asking for /favicon.ico (a 404 it would report as a console error).
const shell = (heading: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${heading}</title>` +
  `<link rel="icon" href="data:,"></head><body><h1>${heading}</h1>\n${body}\n</body></html>`

export async function startPageServer(): Promise<PageServer> {
  const pages = new Map<string, string>()
  const issoRequests: string[] = []
  const handler = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    const host = req.headers.host ?? ''
    const path = new URL(req.url ?? '/', 'http://x').pathname
    const fromIsso = /^Isso\//.test(req.headers['user-agent'] ?? '')
    const html = pages.get(path)
    const status = !html || (fromIsso && host.startsWith('localhost:')) ? 404 : 200
    if (fromIsso) issoRequests.push(`${host} ${path} ${status}`)
    res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(status === 200 && req.method !== 'HEAD' ? html : status === 200 ? undefined : 'not found')
  }
  // No host: every address of the namespace's loopback, IPv4 and IPv6, since a browser
  // may try ::1 first for localhost.
  const servers: Server[] = [createServer(handler), createServer(handler)]
  for (const server of servers) await new Promise<void>((ok) => server.listen(0, ok))
  const ports = servers.map((s) => (s.address() as AddressInfo).port) as [number, number]
  return {
    ports,
    page: (path, heading, body) => pages.set(path, shell(heading, body)),
    issoRequests,
    close: async () => {
      for (const server of servers) {
        server.closeAllConnections()
        await new Promise((ok) => server.close(ok))
      }
    },
  }
}
