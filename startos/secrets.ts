import { utils } from '@start9labs/start-sdk'

// Upstream's default [hash] salt is printed in Isso's docs: with it, anyone can test
// guessed e-mail addresses (or /24 networks) against the hashes the public API shows.
// A fresh install (seedConfig) and an upgraded one without a salt both get a new one.
// Here, not in isso/config beside seedConfig: the random source is the SDK's, and isso/
// imports no SDK.
export const newSalt = () => utils.getDefaultString({ charset: 'a-z,A-Z,0-9', len: 24 })
