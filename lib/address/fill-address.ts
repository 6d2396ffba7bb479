import type { AddressCandidate } from "./lookup-postal-code";

/** The address lines a postal code lookup can fill in, as the form holds them. */
export interface AddressLines {
  readonly prefecture: string;
  readonly city: string;
  readonly street: string;
}

/**
 * What all the candidates of a postal code agree on: the prefecture, the city, and the town when
 * there is only one. One candidate gives all three; several towns of one city give the city.
 */
export function sharedAddress(candidates: readonly AddressCandidate[]): Partial<AddressCandidate> {
  const [first] = candidates;
  if (!first) return {};
  const same = (part: keyof AddressCandidate) => candidates.every((candidate) => candidate[part] === first[part]);
  return {
    ...(same("prefecture") && { prefecture: first.prefecture }),
    ...(same("prefecture") && same("city") && { city: first.city }),
    ...(candidates.length === 1 && first.town !== "" && { town: first.town }),
  };
}

/**
 * The lines after filling in what a lookup found. The prefecture and city follow the postal code;
 * the town goes into the street line only when that line is empty or still holds what an earlier
 * lookup put there (`filledStreet`), so a street the parent typed is never overwritten.
 */
export function fillAddress(current: AddressLines, found: Partial<AddressCandidate>, filledStreet = ""): AddressLines {
  const street = current.street.trim();
  const streetIsOurs = street === "" || street === filledStreet;
  return {
    prefecture: found.prefecture ?? current.prefecture,
    city: found.city ?? current.city,
    street: found.town !== undefined && streetIsOurs ? found.town : current.street,
  };
}

/** "東京都千代田区千代田", as Japanese addresses are written, for announcing what was found. */
export function formatCandidate(candidate: AddressCandidate): string {
  return `${candidate.prefecture}${candidate.city}${candidate.town}`;
}
