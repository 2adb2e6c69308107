/**
 * Lossless reader/writer for isso.cfg, faithful to the CPython 3.11 configparser
 * settings Isso uses. No SDK import: pure and testable alone.
 */
export { ConfigSyntaxError, ConfigValueError, type ConfigSyntaxErrorKind } from './errors'
export { ConfigDocument, parseConfig } from './document'
export { DEFAULT_SECTION, type ConfigReading } from './model'
// Python's str.strip(), which Isso's value readers (int(), getiter, getlist) apply too.
export { pyStrip } from './pythonText'
