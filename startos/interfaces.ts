import { sdk } from './sdk'

export const setInterfaces = sdk.setupInterfaces(async () => [])
