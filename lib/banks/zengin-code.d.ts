// zengin-code ships no types. Its data (lib/zengin-data.js, about 5 MB) is one object: bank code →
// bank, each with its branches by branch code. kana, hira and roma are readings in the 全銀 style
// (small kana written large: トウキヨウ), and the long vowel is written "－".
declare module "zengin-code" {
  namespace banks {
    interface ZenginNamedRecord {
      readonly code: string;
      readonly name: string;
      readonly kana: string;
      readonly hira: string;
      readonly roma: string;
    }
    interface ZenginBankRecord extends ZenginNamedRecord {
      readonly branches: Readonly<Record<string, ZenginNamedRecord>>;
    }
  }
  const banks: Readonly<Record<string, banks.ZenginBankRecord>>;
  export = banks;
}
