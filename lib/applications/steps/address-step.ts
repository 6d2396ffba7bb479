import { z } from "zod";
import { addressSchema } from "@/lib/address/address-schema";

/** Where the family lives; keys come from lib/address ("fields" namespace). */
export const addressStep = z.object({ address: addressSchema });

export type AddressStep = z.output<typeof addressStep>;
