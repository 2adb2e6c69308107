import type { T } from '@start9labs/start-sdk'
import { COMMENTS_INTERFACE_ID, ISSO_PORT } from '../interfaces'
import { classifyAddress, rankAddress, type AddressClass } from '../isso/embed'
import { sdk } from '../sdk'

export interface CommentsAddress {
  url: string
  /** StartOS's verdict: reachable from the internet. */
  isPublic: boolean
  class: AddressClass
}

/**
 * The comments interface's addresses, each once, best first (a public https domain
 * before the rest): what the embed code offers, what a website check compares a page
 * with, and where a moderation link is addressed. Every site has them: an added site is
 * the same address plus its prefix. (sdk.serviceInterface is gone in SDK 2.x: an
 * interface's URLs live on its host binding.)
 */
export async function commentsAddresses(effects: T.Effects): Promise<CommentsAddress[]> {
  const host = await sdk.host.getOwn(effects, 'main').once()
  const info = host?.bindings[ISSO_PORT]?.interfaces[COMMENTS_INTERFACE_ID]?.addressInfo
  if (!info) return []
  const all = info.nonLocal.format('hostname-info').map((h) => {
    const url = info.toUrl(h)
    return { url, isPublic: h.public, class: classifyAddress(url, h.public) }
  })
  return all.filter((a, i) => all.findIndex((b) => b.url === a.url) === i).sort((a, b) => rankAddress(a.class) - rankAddress(b.class))
}
