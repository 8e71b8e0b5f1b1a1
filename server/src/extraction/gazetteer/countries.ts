/**
 * States from the `world-countries` package: common and official names, alternative
 * spellings, demonyms ("Azerbaijani"), and capitals or seats of power used as metonyms
 * ("Moscow", "the Kremlin"). Names follow how English-language news spells them.
 */
import worldCountries, { type Country } from "world-countries";
import { type Actor, slugify } from "../../domain/actors.js";

/** The package's CommonJS typing describes a module object; at run time the default is the array. */
const countries = worldCountries as unknown as readonly Country[];

export interface StatePhrase {
  phrase: string;
  code: string;
  /** How the phrase names the state: a metonym is slightly less certain. */
  as: "name" | "demonym" | "metonym";
}

/** Codes the ontology fixes where the package differs (Kosovo is UNK there). */
const CODE_OVERRIDES: Readonly<Record<string, string>> = { UNK: "XKX" };

/** Display names as the gold and wire services spell them. */
const NAME_OVERRIDES: Readonly<Record<string, string>> = {
  COD: "Democratic Republic of the Congo",
  COG: "Republic of the Congo",
  CIV: "Ivory Coast",
  PSE: "Palestine",
  XKX: "Kosovo",
  CZE: "Czech Republic",
  TUR: "Turkey",
  CPV: "Cape Verde",
  SWZ: "Eswatini",
  TLS: "East Timor",
  MKD: "North Macedonia",
  VAT: "Vatican",
};

/** Spellings news uses that the package lacks. */
const EXTRA_PHRASES: readonly StatePhrase[] = [
  { phrase: "U.S.", code: "USA", as: "name" },
  { phrase: "U.S.A.", code: "USA", as: "name" },
  { phrase: "America", code: "USA", as: "name" },
  { phrase: "the States", code: "USA", as: "name" },
  { phrase: "Washington", code: "USA", as: "metonym" },
  { phrase: "the White House", code: "USA", as: "metonym" },
  { phrase: "the Pentagon", code: "USA", as: "metonym" },
  { phrase: "the State Department", code: "USA", as: "metonym" },
  { phrase: "the Kremlin", code: "RUS", as: "metonym" },
  // The spelling of Ukraine's capital in English-language news before 2022.
  { phrase: "Kiev", code: "UKR", as: "metonym" },
  { phrase: "the Quai d'Orsay", code: "FRA", as: "metonym" },
  { phrase: "Downing Street", code: "GBR", as: "metonym" },
  { phrase: "Whitehall", code: "GBR", as: "metonym" },
  { phrase: "the Elysee", code: "FRA", as: "metonym" },
  { phrase: "the Élysée", code: "FRA", as: "metonym" },
  { phrase: "Tel Aviv", code: "ISR", as: "metonym" },
  { phrase: "Britain", code: "GBR", as: "name" },
  { phrase: "U.K.", code: "GBR", as: "name" },
  { phrase: "Saudi", code: "SAU", as: "demonym" },
  { phrase: "Saudis", code: "SAU", as: "demonym" },
  { phrase: "Emirati", code: "ARE", as: "demonym" },
  { phrase: "UAE", code: "ARE", as: "name" },
  { phrase: "Azeri", code: "AZE", as: "demonym" },
  { phrase: "Kosovar", code: "XKX", as: "demonym" },
  { phrase: "Filipino", code: "PHL", as: "demonym" },
  { phrase: "Philippine", code: "PHL", as: "demonym" },
  { phrase: "Congolese", code: "COD", as: "demonym" },
  { phrase: "Sudanese", code: "SDN", as: "demonym" },
  { phrase: "Congo-Kinshasa", code: "COD", as: "name" },
  { phrase: "DR Congo", code: "COD", as: "name" },
  { phrase: "DRC", code: "COD", as: "name" },
  // Wire services write "Congo" for the DRC and "Republic of Congo" for Brazzaville.
  { phrase: "Congo", code: "COD", as: "name" },
  { phrase: "Democratic Republic of Congo", code: "COD", as: "name" },
  { phrase: "Republic of Congo", code: "COG", as: "name" },
  { phrase: "Chinese", code: "CHN", as: "demonym" },
  { phrase: "Israeli", code: "ISR", as: "demonym" },
  { phrase: "Palestinian", code: "PSE", as: "demonym" },
  { phrase: "Gaza", code: "PSE", as: "name" },
  { phrase: "Gaza Strip", code: "PSE", as: "name" },
  { phrase: "the Gaza Strip", code: "PSE", as: "name" },
  { phrase: "West Bank", code: "PSE", as: "name" },
  // News shorthand for the Gaza Strip once it has been named.
  { phrase: "the Strip", code: "PSE", as: "name" },
  { phrase: "Dutch", code: "NLD", as: "demonym" },
  { phrase: "Holland", code: "NLD", as: "name" },
  { phrase: "Burma", code: "MMR", as: "name" },
  { phrase: "North Korean", code: "PRK", as: "demonym" },
  { phrase: "South Korean", code: "KOR", as: "demonym" },
  { phrase: "Pyongyang", code: "PRK", as: "metonym" },
  { phrase: "Seoul", code: "KOR", as: "metonym" },
  { phrase: "Taipei", code: "TWN", as: "metonym" },
  { phrase: "Beijing", code: "CHN", as: "metonym" },
  { phrase: "Turkiye", code: "TUR", as: "name" },
  // Demonyms as English-language news writes them where the package has older forms ("Kirghiz", "Tadzhik").
  { phrase: "Kyrgyz", code: "KGZ", as: "demonym" },
  { phrase: "Tajik", code: "TJK", as: "demonym" },
  { phrase: "Uzbek", code: "UZB", as: "demonym" },
  { phrase: "Kazakh", code: "KAZ", as: "demonym" },
  { phrase: "Sri Lankan", code: "LKA", as: "demonym" },
  { phrase: "Bosnian", code: "BIH", as: "demonym" },
  { phrase: "Kosovan", code: "XKX", as: "demonym" },
  { phrase: "Nepali", code: "NPL", as: "demonym" },
  { phrase: "Djiboutian", code: "DJI", as: "demonym" },
  { phrase: "South Sudanese", code: "SSD", as: "demonym" },
  // Before independence (2011) news named the autonomous south "Southern Sudan".
  { phrase: "Southern Sudan", code: "SSD", as: "name" },
  { phrase: "Southern Sudanese", code: "SSD", as: "demonym" },
  { phrase: "Central African", code: "CAF", as: "demonym" },
  { phrase: "Ecuadorian", code: "ECU", as: "demonym" },
  // The older spelling, still common in wire copy; "Ecuadorian" stays the display form (listed first).
  { phrase: "Ecuadorean", code: "ECU", as: "demonym" },
  { phrase: "Slovenian", code: "SVN", as: "demonym" },
  { phrase: "Argentinian", code: "ARG", as: "demonym" },
  { phrase: "Sierra Leonean", code: "SLE", as: "demonym" },
  { phrase: "Türkiye", code: "TUR", as: "name" },
];

/**
 * Short upper-case codes accepted as names. Other two-letter ISO codes ("IN", "IT", "AM")
 * collide with ordinary words, so only the codes news actually writes are kept.
 */
const ACCEPTED_CODES = new Set(["US", "USA", "UK", "DRC", "DPRK", "PRC", "ROK", "UAE"]);

/** Where a package entry is a place with no state of its own, skip it. */
const SKIPPED = new Set(["ATA", "BVT", "HMD", "UMI", "SGS", "IOT", "ATF"]);

export interface StateGazetteer {
  states: ReadonlyMap<string, Actor>;
  phrases: readonly StatePhrase[];
  demonymOf: ReadonlyMap<string, string>;
}

function buildStates(): StateGazetteer {
  const states = new Map<string, Actor>();
  const phrases: StatePhrase[] = [];
  const demonymOf = new Map<string, string>();
  for (const c of countries) {
    if (SKIPPED.has(c.cca3)) continue;
    const code = CODE_OVERRIDES[c.cca3] ?? c.cca3;
    const name = NAME_OVERRIDES[code] ?? c.name.common;
    const aliases = new Set<string>([c.name.common, c.name.official]);
    for (const alt of c.altSpellings) {
      if (alt.length <= 3 && !ACCEPTED_CODES.has(alt)) continue;
      if (!/^[\p{Script=Latin}\s,.'()-]+$/u.test(alt)) continue;
      aliases.add(alt);
    }
    aliases.delete(name);
    states.set(code, { id: slugify(name), name, kind: "state", affiliation: code, aliases: [...aliases] });
    phrases.push({ phrase: name, code, as: "name" });
    for (const a of aliases) phrases.push({ phrase: a, code, as: "name" });
    const eng = c.demonyms.eng;
    for (const d of new Set([eng?.m, eng?.f])) {
      if (!d) continue;
      phrases.push({ phrase: d, code, as: "demonym" });
      if (!demonymOf.has(code)) demonymOf.set(code, d);
    }
    for (const capital of c.capital) {
      phrases.push({ phrase: capital.replace(/ D\.C\.$/, ""), code, as: "metonym" });
    }
  }
  phrases.push(...EXTRA_PHRASES);
  // A phrase shared by several entries ("American": the US and its territories) goes to the UN member.
  const rank = new Map(
    countries.map((c) => [
      CODE_OVERRIDES[c.cca3] ?? c.cca3,
      (c.unMember ? 2 : c.independent ? 1 : 0) * 1e9 + c.area,
    ]),
  );
  const owner = new Map<string, StatePhrase>();
  for (const p of phrases) {
    const key = p.phrase.toLowerCase();
    const prev = owner.get(key);
    const extra = EXTRA_PHRASES.includes(p);
    if (
      !prev ||
      extra ||
      (!EXTRA_PHRASES.includes(prev) && (rank.get(p.code) ?? 0) > (rank.get(prev.code) ?? 0))
    )
      owner.set(key, p);
  }
  const unique = phrases.filter((p) => owner.get(p.phrase.toLowerCase()) === p);
  for (const p of EXTRA_PHRASES)
    if (p.as === "demonym" && !demonymOf.has(p.code)) demonymOf.set(p.code, p.phrase);
  const newsDemonyms = [
    "ISR",
    "PSE",
    "CHN",
    "SAU",
    "PHL",
    "COD",
    "SDN",
    "KGZ",
    "TJK",
    "UZB",
    "KAZ",
    "BIH",
    "NPL",
    "ECU",
  ];
  for (const code of newsDemonyms) {
    const d = EXTRA_PHRASES.find((p) => p.code === code && p.as === "demonym");
    if (d) demonymOf.set(code, d.phrase);
  }
  return { states, phrases: unique, demonymOf };
}

export const STATES: StateGazetteer = buildStates();
