// The double's network, as seen from inside a test file's namespace: which names exist,
// and the addresses StartOS would have given the server. Every name below resolves to
// loopback through the namespace's private /etc/hosts (namespace.ts; the subcontainers
// get a copy, rootfs.ts), where web.ts answers for them on 443 (https, the test
// authority of tls.ts) and 80 (plain http).

/** The server's addresses, as StartOS 0.4 reports them for a binding (see hostInfo.ts). */
export interface ServerNetwork {
  /** A public domain added to the host in StartOS (a certificate browsers trust), or null. */
  publicDomain: string | null
  /** The server's own mDNS name. */
  mdns: string
  /** The Tor package's onion address for the host (a URL plugin in 0.4). */
  onion: string
  /** The server's address on the owner's LAN, and a public IP the router has (off by default). */
  lanIp: string
  publicIp: string
  /** Where StartOS's proxy reaches the container (gateway lxcbr0) and loopback. */
  bridgeIp: string
  /** Port StartOS assigns to the plain-http forward of an http binding. */
  assignedPort: number
}

export const serverNetwork = (): ServerNetwork => ({
  publicDomain: 'comments.example.com',
  mdns: 'adjective-noun.local',
  onion: 'abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrstuvwx.onion',
  lanIp: '192.168.1.20',
  publicIp: '203.0.113.7',
  bridgeIp: '10.0.3.5',
  assignedPort: 49152,
})

/** The owner's websites and others, served by web.ts. */
export const BLOG_NAMES = ['blog.example.com', 'www.blog.example.com', 'photos.example.com', 'elsewhere.example.org'] as const

/** Names StartOS's proxy double answers for (the server's https addresses that resolve here). */
export const PROXIED_NAMES = [serverNetwork().publicDomain!, serverNetwork().mdns]

/** Every name in the test certificate. */
export const TLS_NAMES = [...PROXIED_NAMES, ...BLOG_NAMES]

/** Lines appended to the namespace's /etc/hosts (localhost included: the host's file may lack it). */
export const HOSTS_LINES = ['127.0.0.1 localhost', '::1 localhost', `127.0.0.1 ${TLS_NAMES.join(' ')}`]
