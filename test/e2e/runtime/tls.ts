// The test certificate authority of the double's network: made fresh for every test
// file with openssl (nothing secret is committed), valid two days, and trusted only
// where a test says so: the test process through NODE_EXTRA_CA_CERTS, Isso's Python in
// the subcontainers through SSL_CERT_FILE (layout.ts). The package itself never turns
// certificate checks off: these tests prove it works with verification on.
//
// One server certificate carries every name of network.ts, so one https server on
// 127.0.0.1:443 answers for all of them (the blogs and StartOS's proxy double).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { TLS_NAMES } from './network'

export interface TestTls {
  dir: string
  /** The authority's certificate (PEM): what the test process and Isso trust. */
  caFile: string
  /** The server's certificate and key (PEM), for every name in TLS_NAMES. */
  certFile: string
  keyFile: string
}

export const tlsFiles = (dir: string): TestTls => ({
  dir,
  caFile: join(dir, 'ca.pem'),
  certFile: join(dir, 'server.pem'),
  keyFile: join(dir, 'server.key'),
})

const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] })

/** Makes the authority and the server certificate in a new temporary directory. */
export function makeTestTls(): TestTls {
  const files = tlsFiles(mkdtempSync(join(tmpdir(), 'isso-e2e-tls-')))
  const { dir, caFile, certFile, keyFile } = files
  try {
    const caKey = join(dir, 'ca.key')
    const csr = join(dir, 'server.csr')
    const ext = join(dir, 'server.ext')
    const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes']
    openssl('req', '-x509', ...ec, '-keyout', caKey, '-out', caFile, '-days', '2', '-subj', '/CN=Isso e2e test CA',
      '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign')
    openssl('req', ...ec, '-keyout', keyFile, '-out', csr, '-subj', '/CN=Isso e2e test server')
    writeFileSync(ext, [
      'basicConstraints=critical,CA:FALSE',
      'keyUsage=critical,digitalSignature',
      'extendedKeyUsage=serverAuth',
      `subjectAltName=${[...TLS_NAMES.map((n) => `DNS:${n}`), 'IP:127.0.0.1'].join(',')}`,
    ].join('\n'))
    openssl('x509', '-req', '-in', csr, '-CA', caFile, '-CAkey', caKey, '-CAcreateserial', '-days', '2', '-out', certFile, '-extfile', ext)
    return files
  } catch (error) {
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
}
