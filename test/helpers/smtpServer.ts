// A tiny SMTP server on loopback for the send-test-email tests (Python's aiosmtpd is not
// installed, and smtpd left the standard library in 3.12). It speaks just what smtplib
// sends: EHLO/HELO, STARTTLS (when given a certificate), AUTH PLAIN, MAIL, RCPT, DATA,
// RSET, NOOP, QUIT, and records every message it accepts.
import { createServer, type Server, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import { TLSSocket } from 'node:tls'

export interface SmtpServerOptions {
  user?: string
  password?: string
  /** PEM key and certificate: offers STARTTLS. */
  tls?: { key: string; cert: string }
  /** Recipients answered with 550. */
  refuse?: string[]
  /** Accepts connections and never says a word (a server that hangs). */
  silent?: boolean
}

export interface ReceivedMail {
  from: string
  to: string[]
  data: string
  /** Whether the session was encrypted (STARTTLS) when the message came. */
  secure: boolean
  authenticated: boolean
}

export interface TestSmtpServer {
  port: number
  received: ReceivedMail[]
  close(): Promise<void>
}

export async function startSmtpServer(options: SmtpServerOptions = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = []
  const sockets = new Set<Socket>()
  const server: Server = createServer((raw) => {
    sockets.add(raw)
    raw.on('close', () => sockets.delete(raw))
    raw.on('error', () => {})
    if (options.silent) return
    session(raw, options, received)
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  return {
    port: (server.address() as AddressInfo).port,
    received,
    close: () =>
      new Promise((ok) => {
        for (const s of sockets) s.destroy()
        server.close(() => ok())
      }),
  }
}

function session(raw: Socket, options: SmtpServerOptions, received: ReceivedMail[]) {
  let socket: Socket = raw
  let buffer = ''
  let secure = false
  let authenticated = false
  let awaitingPlain = false
  let mail: { from: string; to: string[] } | null = null
  let data: string[] | null = null
  const say = (line: string) => socket.write(`${line}\r\n`)

  const checkPlain = (b64: string) => {
    const [, user, password] = Buffer.from(b64, 'base64').toString('utf8').split('\0')
    authenticated = user === options.user && password === options.password
    say(authenticated ? '235 2.7.0 Authentication successful' : '535 5.7.8 Authentication credentials invalid')
  }

  const onLine = (line: string) => {
    if (data) {
      if (line === '.') {
        received.push({ ...mail!, data: data.join('\r\n'), secure, authenticated })
        data = null
        mail = null
        return say('250 2.0.0 Queued')
      }
      return data.push(line.startsWith('..') ? line.slice(1) : line)
    }
    if (awaitingPlain) {
      awaitingPlain = false
      return checkPlain(line)
    }
    const [verb, ...rest] = line.split(' ')
    const arg = rest.join(' ')
    switch (verb.toUpperCase()) {
      case 'EHLO': {
        const lines = ['test.local']
        if (options.tls && !secure) lines.push('STARTTLS')
        if (options.user) lines.push('AUTH PLAIN')
        lines.push('8BITMIME')
        return lines.forEach((l, i) => say(`250${i === lines.length - 1 ? ' ' : '-'}${l}`))
      }
      case 'HELO':
        return say('250 test.local')
      case 'STARTTLS': {
        if (!options.tls || secure) return say('502 5.5.1 Not available')
        say('220 2.0.0 Ready to start TLS')
        socket.removeAllListeners('data')
        socket = new TLSSocket(raw, { isServer: true, key: options.tls.key, cert: options.tls.cert })
        socket.on('error', () => {})
        socket.on('data', onData)
        secure = true
        buffer = ''
        return
      }
      case 'AUTH': {
        const [mechanism, initial] = arg.split(' ')
        if (!options.user || mechanism?.toUpperCase() !== 'PLAIN') return say('504 5.5.4 Unrecognized authentication type')
        if (initial) return checkPlain(initial)
        awaitingPlain = true
        return say('334 ')
      }
      case 'MAIL':
        if (options.user && !authenticated) return say('530 5.7.0 Authentication required')
        mail = { from: /<(.*)>/.exec(arg)?.[1] ?? '', to: [] }
        return say('250 2.1.0 Ok')
      case 'RCPT': {
        const to = /<(.*)>/.exec(arg)?.[1] ?? ''
        if (options.refuse?.includes(to)) return say('550 5.1.1 No such user here')
        mail?.to.push(to)
        return say('250 2.1.5 Ok')
      }
      case 'DATA':
        data = []
        return say('354 End data with <CR><LF>.<CR><LF>')
      case 'RSET':
        mail = null
        return say('250 2.0.0 Ok')
      case 'NOOP':
        return say('250 2.0.0 Ok')
      case 'QUIT':
        say('221 2.0.0 Bye')
        return socket.end()
      default:
        return say('500 5.5.2 Unknown command')
    }
  }

  function onData(chunk: Buffer) {
    buffer += chunk.toString('utf8')
    for (let end = buffer.indexOf('\r\n'); end !== -1; end = buffer.indexOf('\r\n')) {
      const line = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      onLine(line)
    }
  }
  socket.on('data', onData)
  say('220 test.local ESMTP')
}
