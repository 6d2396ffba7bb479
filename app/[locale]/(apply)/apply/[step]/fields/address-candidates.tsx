"use client";

import { useId } from "react";
import { formatCandidate } from "@/lib/address/fill-address";
import type { AddressCandidate } from "@/lib/address/lookup-postal-code";

// Beyond this many, a select is easier to go through on a phone than a long column of radios.
const MAX_RADIOS = 10;

interface Props {
  candidates: readonly AddressCandidate[];
  chosen: number | undefined;
  onChoose: (index: number) => void;
  legend: string;
  placeholder: string;
}

/**
 * The addresses one postal code stands for, to pick from. Choosing fills in the address lines
 * below (which stay editable); nothing here is sent with the form.
 */
export function AddressCandidates({ candidates, chosen, onChoose, legend, placeholder }: Props) {
  const id = useId();
  if (candidates.length > MAX_RADIOS) {
    return (
      <div className="mb-8">
        <label htmlFor={id} className="mb-2 block text-xl font-bold">
          {legend}
        </label>
        <select
          id={id}
          value={chosen ?? ""}
          onChange={(event) => event.target.value !== "" && onChoose(Number(event.target.value))}
          className="h-11 w-full border-2 border-black bg-white px-2 text-lg"
        >
          <option value="">{placeholder}</option>
          {candidates.map((candidate, index) => (
            <option key={formatCandidate(candidate)} value={index}>
              {formatCandidate(candidate)}
            </option>
          ))}
        </select>
      </div>
    );
  }
  return (
    <fieldset className="mb-8">
      <legend className="mb-2 text-xl font-bold">{legend}</legend>
      <div className="space-y-3">
        {candidates.map((candidate, index) => (
          <div key={formatCandidate(candidate)} className="flex items-start gap-3">
            <input
              id={`${id}-${index}`}
              type="radio"
              name={`${id}-candidate`}
              checked={chosen === index}
              onChange={() => onChoose(index)}
              className="mt-0.5 size-8 shrink-0 accent-black"
            />
            <label htmlFor={`${id}-${index}`} className="pt-1" lang="ja">
              {formatCandidate(candidate)}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
