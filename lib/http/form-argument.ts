/**
 * A server action's form, whatever its caller sent. Anyone who reads an action's id can call it
 * with any JSON arguments; a value that is not a form is read as an empty one, so the action
 * answers as it does to an empty post (its field messages, or a redirect) instead of failing.
 */
export function formArgument(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}
