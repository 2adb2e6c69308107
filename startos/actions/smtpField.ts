import { ISB, type IST } from '@start9labs/start-sdk'
import { isObject } from '../isso/isObject'
import { sdk } from '../sdk'

// The e-mail choice is the SDK's own field (off, the server's settings, or a provider
// with its presets), built whole by the SDK, so its defaults cannot be passed to a
// builder as our own fields' are. A site's stored selection becomes the defaults of the
// built field instead: the selected variant and, inside it, the stored values. StartOS
// prefills only the variant selected when a form opens, so with several sites each
// site's variant needs them as defaults to show that site's choice.

/** A built field with `value` (a form value, possibly partial) as its default. */
export function withDefault(field: IST.ValueSpec, value: unknown): IST.ValueSpec {
  switch (field.type) {
    case 'object':
      return isObject(value) ? { ...field, spec: withDefaults(field.spec, value) } : field
    case 'union': {
      if (!isObject(value) || typeof value.selection !== 'string' || !Object.hasOwn(field.variants, value.selection)) return field
      const chosen = field.variants[value.selection]
      const spec = isObject(value.value) ? withDefaults(chosen.spec, value.value) : chosen.spec
      return { ...field, default: value.selection, variants: { ...field.variants, [value.selection]: { ...chosen, spec } } }
    }
    case 'hidden':
    case 'file':
      return field
    default:
      return value === undefined ? field : ({ ...field, default: value } as IST.ValueSpec)
  }
}

const withDefaults = (spec: IST.InputSpec, values: Record<string, unknown>): IST.InputSpec =>
  Object.fromEntries(Object.entries(spec).map(([key, field]) => [key, key in values ? withDefault(field, values[key]) : field]))

// The SDK's Value keeps its constructor for itself and its subclasses; its withDisabled
// wraps a built field the same way.
class SmtpField<Type extends Static, Static, Outer> extends ISB.Value<Type, Static, Outer> {
  static withSelection<Type extends Static, Static, Outer>(field: ISB.Value<Type, Static, Outer>, selection: Type) {
    return new SmtpField<Type, Static, Outer>(async (options) => {
      const built = await field.build(options)
      return { ...built, spec: withDefault(built.spec, selection) }
    }, field.validator)
  }
}

/** The form's value of the e-mail choice (smtpPrefill turns a stored selection into one). */
export type SmtpChoice = (typeof sdk.inputSpecConstants.smtpInputSpec)['_TYPE']

/** The e-mail choice, with a site's stored selection as its default (none stored: off). */
export const smtpField = (selection?: SmtpChoice) =>
  selection ? SmtpField.withSelection(sdk.inputSpecConstants.smtpInputSpec, selection) : sdk.inputSpecConstants.smtpInputSpec
