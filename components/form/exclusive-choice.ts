/**
 * The ticked values of a checkbox group after `ticked` was just ticked, where one answer
 * ("none of these") cannot go with the others: ticking it clears them, ticking another clears it.
 */
export function afterTicking(current: readonly string[], ticked: string, exclusive: string): string[] {
  return ticked === exclusive ? [exclusive] : current.filter((value) => value !== exclusive);
}
