import { sdk } from '../sdk'
import { importComments } from './importComments'

// Every action the package offers. Registering them here also exports their metadata to
// StartOS on each init and clears ids that no longer exist.
export const actions = sdk.Actions.of().addAction(importComments)
