import type { ISB, IST } from '@start9labs/start-sdk'

// StartOS prefills only the variant of a union that is selected when the form opens; a
// variant the owner switches to shows its fields' defaults. A per-site form (one variant
// per site) must show each site's own values, so each variant's fields get that site's
// current values as their defaults. This walks the built form spec (plain data) once.

type Values = Record<string, unknown>
const isValues = (v: unknown): v is Values => typeof v === 'object' && v !== null && !Array.isArray(v)

function fieldWithDefault(field: IST.ValueSpec, value: unknown): IST.ValueSpec {
  switch (field.type) {
    case 'object':
      return isValues(value) ? { ...field, spec: specWithDefaults(field.spec, value) } : field
    case 'union': {
      if (!isValues(value) || typeof value.selection !== 'string' || !(value.selection in field.variants)) return field
      const chosen = field.variants[value.selection]
      const spec = isValues(value.value) ? specWithDefaults(chosen.spec, value.value) : chosen.spec
      return { ...field, default: value.selection, variants: { ...field.variants, [value.selection]: { ...chosen, spec } } }
    }
    case 'hidden':
    case 'file':
      return field
    default:
      return value === undefined ? field : ({ ...field, default: value } as IST.ValueSpec)
  }
}

/** The built spec with `values` (a form value, possibly partial) as its defaults. */
export function specWithDefaults(spec: IST.InputSpec, values: Values): IST.InputSpec {
  return Object.fromEntries(
    Object.entries(spec).map(([key, field]) => [key, key in values ? fieldWithDefault(field, values[key]) : field]),
  )
}

/**
 * `spec`, building with `values` as its defaults (null: unchanged). The validator is the
 * same, so the action's run receives exactly what it would from `spec`.
 */
// Any form: only build() is wrapped.
export function withDefaults<S extends ISB.InputSpec<any, any>>(spec: S, values: Values | null): S {
  if (values === null) return spec
  const patched = Object.create(spec) as S
  patched.build = async (options) => {
    const built = await spec.build(options)
    return { ...built, spec: specWithDefaults(built.spec, values) }
  }
  return patched
}
