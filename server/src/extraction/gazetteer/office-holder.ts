/** One dated term in office: a person speaks for `affiliation` only between `from` and `to`. */
export const OFFICES = [
  "head_of_state",
  "head_of_government",
  "foreign_minister",
  "defence_minister",
  "igo_leader",
  "group_leader",
  "other",
] as const;
export type Office = (typeof OFFICES)[number];

export interface OfficeHolder {
  /** Canonical name as English-language news spells it: "Sergey Lavrov", "Recep Tayyip Erdogan". */
  name: string;
  /** Other spellings: transliterations, native spellings, short forms ("Erdoğan", "Lavrov" is NOT needed: surnames are derived). */
  aliases: string[];
  /** ISO 3166-1 alpha-3 for states (XKX Kosovo, PSE Palestine, TWN Taiwan); an upper-case code for IGOs and groups (UN, EU, NATO, AU, OSCE, HAMAS, RSF...). */
  affiliation: string;
  office: Office;
  /** Display role: "Foreign Minister of Russia", "President of the European Council". */
  title: string;
  /** YYYY-MM-DD, first day in office. */
  from: string;
  /** YYYY-MM-DD, last day in office; absent while still in office (as of 2026). */
  to?: string;
}
