// The double's `effects.getHostInfo`: the Host StartOS 0.4 keeps for a host id, built
// from what the package declared (effects.bind, effects.exportServiceInterface, recorded
// by effects.ts) and the server's network (network.ts). The SDK fills it
// (sdk.host.getOwn → fillHost → filledAddress), so its filters run for real: public IPs
// are off until the owner enables them, an mDNS name needs an enabled LAN IP on its
// gateway, `nonLocal` drops loopback and the lxcbr0 bridge.
//
// Shapes from SDK 2.0.9's bindings (osBindings Host, BindInfo, DerivedAddressInfo,
// HostnameInfo, HostnameMetadata). For an http binding with addSsl StartOS offers the
// https addresses on the assigned SSL port (443) and plain http on the assigned port;
// onion addresses come from the Tor package as a URL plugin (metadata kind 'plugin').
import type { T } from '@start9labs/start-sdk'
import type { ServerNetwork } from './network'

type Hostname = T.HostnameInfo

const at = (hostname: string, ssl: boolean, isPublic: boolean, port: number, metadata: Hostname['metadata']): Hostname => ({
  hostname,
  ssl,
  public: isPublic,
  port,
  metadata,
})

function addressesOf(bind: T.BindParams, net: ServerNetwork): Hostname[] {
  const gateway = 'eth0'
  const plain = net.assignedPort
  const list: Hostname[] = [
    at('127.0.0.1', false, false, bind.internalPort, { kind: 'ipv4', gateway: 'lo' }),
    at(net.bridgeIp, false, false, bind.internalPort, { kind: 'ipv4', gateway: 'lxcbr0' }),
    at(net.lanIp, false, false, plain, { kind: 'ipv4', gateway }),
    at(net.publicIp, false, true, plain, { kind: 'ipv4', gateway }),
    at(net.onion, false, false, 80, { kind: 'plugin', packageId: 'tor', removeAction: null, overflowActions: [], info: null }),
  ]
  if (bind.addSsl) {
    list.push(at(net.mdns, true, false, 443, { kind: 'mdns', gateways: [gateway] }))
    if (net.publicDomain) list.push(at(net.publicDomain, true, true, 443, { kind: 'public-domain', gateway }))
  }
  return list
}

/** The last of each key wins: StartOS keeps one binding per port and one interface per id. */
const latest = <V>(items: V[], key: (v: V) => string | number) => [...new Map(items.map((v) => [key(v), v])).values()]

export function hostInfo(
  hostId: string,
  declared: { binds: T.BindParams[]; interfaces: T.ExportServiceInterfaceParams[] },
  net: ServerNetwork,
): T.Host | null {
  const binds = latest(declared.binds.filter((b) => b.id === hostId), (b) => b.internalPort)
  if (!binds.length) return null
  const interfaces = latest(declared.interfaces.filter((i) => i.addressInfo.hostId === hostId), (i) => i.id)
  const bindings: T.Host['bindings'] = {}
  for (const bind of binds) {
    bindings[bind.internalPort] = {
      enabled: true,
      options: { preferredExternalPort: bind.preferredExternalPort, addSsl: bind.addSsl, secure: bind.secure },
      net: { assignedPort: net.assignedPort, assignedSslPort: bind.addSsl ? 443 : null },
      addresses: { enabled: [], disabled: [], guaWan: [], available: addressesOf(bind, net) },
      interfaces: Object.fromEntries(
        interfaces.filter((i) => i.addressInfo.internalPort === bind.internalPort).map((i) => [i.id, { ...i }]),
      ),
    }
  }
  return {
    bindings,
    bindingRanges: {},
    publicDomains: net.publicDomain ? { [net.publicDomain]: { gateway: 'eth0', acme: null } } : {},
    privateDomains: {},
    portForwards: [],
  }
}
