// Stand-in for the `isomorphic-fetch` polyfill in the bundle. The SDK imports it only for
// its side effect (checkWebUrl.js: `require("isomorphic-fetch")`), which installs
// node-fetch as `global.fetch` *only when no global fetch exists*. Node has a global
// fetch since v18, so the real module never installs anything at run time, yet it drags
// node-fetch, whatwg-url and tr46 (~310 kB minified) into the bundle.
if (typeof globalThis.fetch !== 'function') {
  throw new Error('isso-startos needs a Node.js runtime with a global fetch (Node 18 or later)')
}
