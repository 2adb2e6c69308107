/**
 * The two ways the codec says no. Messages are plain words for the user and never
 * quote a value (it may be a password).
 */

/** Which of configparser's failures (or the Python crash) the file would hit. */
export type ConfigSyntaxErrorKind =
  | 'duplicate-section' // configparser.DuplicateSectionError (strict=True)
  | 'duplicate-key' // configparser.DuplicateOptionError (strict=True)
  | 'missing-section-header' // configparser.MissingSectionHeaderError
  | 'byte-order-mark' // the same MissingSectionHeaderError, caused by a UTF-8 BOM
  | 'parsing' // configparser.ParsingError: a line like `= value`
  | 'continuation-after-valueless-key' // AttributeError inside RawConfigParser._read

/** isso.cfg would make configparser (and therefore Isso) refuse to start. */
export class ConfigSyntaxError extends Error {
  readonly line: number
  readonly kind: ConfigSyntaxErrorKind
  constructor(line: number, kind: ConfigSyntaxErrorKind, detail: string) {
    super(`isso.cfg line ${line}: ${detail}`)
    this.name = 'ConfigSyntaxError'
    this.line = line
    this.kind = kind
  }
}

/** An edit was refused because isso.cfg could not hold it faithfully; nothing changed. */
export class ConfigValueError extends Error {
  readonly section: string
  readonly key: string
  readonly reason: string
  constructor(section: string, key: string, reason: string) {
    super(
      key === ''
        ? `cannot write section [${section}] to isso.cfg: ${reason}`
        : `cannot write '${key}' in section [${section}] of isso.cfg: ${reason}`,
    )
    this.name = 'ConfigValueError'
    this.section = section
    this.key = key
    this.reason = reason
  }
}
