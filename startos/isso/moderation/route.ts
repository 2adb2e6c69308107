import { request } from 'node:http'

// A decision goes to the running Isso through its own moderation route, exactly as the
// links in its moderation e-mails do (isso/views/comments.py `moderate`): POST
// `/id/<id>/activate/<key>` or `/id/<id>/delete/<key>`. So Isso's own effects happen:
// activating a reply e-mails the subscribers of its thread (`comments.activate` →
// ext/notifications.py notify_activated), deleting a comment that has replies keeps it
// as "deleted" (db/comments.py delete). Those e-mails build their links from the request:
// the unsubscribe link from `public-endpoint` or else the request's scheme, Host and
// script name (isso/wsgi.py host, through werkzeug's ProxyFix with one trusted hop). So
// the request says what a visitor's request through StartOS's proxy says: the public
// https address as Host, `X-Forwarded-Proto: https`, and the site's prefix in the path.

export type Decision = 'approve' | 'delete'

export interface PublicAddress {
  /** host[:port] of the site's public https address. */
  host: string
}

/**
 * The public https address to name as Host: the first https one of the comments
 * interface's addresses, given best first (as the embed code ranks them); null if none.
 */
export function publicAddress(addresses: readonly { url: string }[]): PublicAddress | null {
  for (const { url } of addresses) {
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      continue
    }
    if (parsed.protocol === 'https:') return { host: parsed.host }
  }
  return null
}

export interface RouteCall {
  path: string
  headers: Record<string, string>
}

export function routeCall(prefix: string, id: number, decision: Decision, key: string, address: PublicAddress): RouteCall {
  const action = decision === 'approve' ? 'activate' : 'delete'
  return {
    path: `${prefix}/id/${id}/${action}/${encodeURIComponent(key)}`,
    headers: { Host: address.host, 'X-Forwarded-Proto': 'https' },
  }
}

/** What Isso's answer means; `already`: approved meanwhile (Isso says so and does nothing). */
export type RouteOutcome = 'done' | 'already' | 'gone' | 'refused' | 'failed'

export function routeOutcome(decision: Decision, status: number, body: string): RouteOutcome {
  if (status === 200) {
    if (decision === 'approve') return body.trim() === 'Already activated' ? 'already' : 'done'
    return 'done'
  }
  // NotFound: no such comment any more. Forbidden: the key does not verify (Isso still
  // runs with a session key the database no longer holds, e.g. until it restarts).
  if (status === 404) return 'gone'
  if (status === 403) return 'refused'
  return 'failed'
}

export interface HttpReply {
  status: number
  body: string
}

/** One request to Isso on the container's loopback (`origin`: http://127.0.0.1:8080). */
export function callIsso(origin: string, method: 'GET' | 'POST', path: string, headers: Record<string, string>, timeoutMs: number): Promise<HttpReply> {
  return new Promise((resolve, reject) => {
    // setHost false: the Host header is the public address, not the loopback one.
    const req = request(`${origin}${path}`, { method, headers: { ...headers, 'Content-Length': '0' }, setHost: !('Host' in headers), timeout: timeoutMs }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        if (body.length < 10_000) body += chunk
      })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      res.on('error', reject)
    })
    req.on('timeout', () => req.destroy(new Error(`no answer within ${Math.round(timeoutMs / 1000)} s`)))
    req.on('error', reject)
    req.end()
  })
}
