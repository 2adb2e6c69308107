import { setupManifest } from '@start9labs/start-sdk'
import { long, short } from './descriptions'

// s9pk.mk reads the package id from this file with awk: keep exactly one `id:` line,
// in single quotes.
export const manifest = setupManifest({
  id: 'isso',
  title: 'Isso',
  license: 'MIT',
  packageRepo: 'https://github.com/isso-startos/isso-startos',
  upstreamRepo: 'https://github.com/isso-comments/isso',
  marketingUrl: 'https://isso-comments.de/',
  donationUrl: null,
  description: { short, long },
  volumes: ['main'],
  images: {
    isso: {
      // Pinned by digest: the tag alone could be re-pushed upstream.
      source: {
        dockerTag:
          'ghcr.io/isso-comments/isso:0.14.0@sha256:8e813ff52004f39c2c08237994450d3760515c4c6fa32faf61431bb280578e4e',
      },
      arch: ['x86_64', 'aarch64'],
    },
  },
  dependencies: {},
})
