import { z } from "zod";
import { bankAccountSchema } from "@/lib/banks/bank-account-schema";

/** The account for the transfer; keys come from lib/banks ("fields" namespace). */
export const bankAccountStep = z.object({ bankAccount: bankAccountSchema });

export type BankAccountStep = z.output<typeof bankAccountStep>;
