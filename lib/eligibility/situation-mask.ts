import { LIFE_SITUATIONS, type LifeSituation } from "./life-situations";

/** One bit per life situation (A = 1, B = 2, … H = 128), so a set of claims is a small number. */
export function situationBit(letter: LifeSituation): number {
  return 1 << (letter.charCodeAt(0) - 65);
}

export const SITUATION_E_BIT = situationBit("E");

export function situationMask(letters: readonly LifeSituation[]): number {
  let mask = 0;
  for (let index = 0; index < letters.length; index++) {
    const letter = letters[index];
    if (letter !== undefined) mask |= 1 << (letter.charCodeAt(0) - 65);
  }
  return mask;
}

/** "A, E": the letters of a mask in order, as shown in messages in any language. */
export function situationLabel(mask: number): string {
  return LIFE_SITUATIONS.filter((letter) => (mask & situationBit(letter)) !== 0).join(", ");
}
