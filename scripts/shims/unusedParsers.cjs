// Stand-in for the file-format parsers the SDK bundles for FileHelper.yaml/.toml/.ini/.xml
// (node_modules/@start9labs/start-sdk/lib/util/fileHelper.js) and re-exports as
// `yaml`/`toml` (lib/index.js and start-core's index.js). They are required at load time
// but only called when one of those helpers reads or writes a file; this package keeps
// its files with FileHelper.json/.string and its own configparser codec (isso.cfg must be
// read as Python's configparser reads it, which the `ini` package does not), so no parser
// here is ever called. Dropping them takes ~340 kB out of javascript/index.js. Should one
// ever be called, it fails by name instead of doing something else.
const unused = (name) =>
  function () {
    throw new Error(`isso-startos: the bundle leaves out the SDK's ${name}; use FileHelper.json or .string`)
  }
module.exports = {
  parse: unused('parser (parse)'),
  stringify: unused('parser (stringify)'),
  XMLParser: unused('XML parser'),
  XMLBuilder: unused('XML builder'),
}
