// The embed code: which address to point a website at, and the snippets it pastes.
export * from './address'
export * from './html'
export * from './languages'
export * from './snippets'
