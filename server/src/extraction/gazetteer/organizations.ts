/**
 * International organisations (with their organs, which speak for them) and non-state
 * groups, each with the affiliation code of shared/ontology.md.
 */
import type { ActorKind } from "../../domain/actors.js";

export interface OrganizationEntry {
  name: string;
  affiliation: string;
  kind: Extract<ActorKind, "igo" | "group">;
  /** Other names and acronyms; organs and missions that speak for the organisation. */
  aliases: readonly string[];
}

export const ORGANIZATIONS: readonly OrganizationEntry[] = [
  {
    name: "United Nations",
    affiliation: "UN",
    kind: "igo",
    aliases: [
      "UN",
      "U.N.",
      "the United Nations",
      "UN Security Council",
      "U.N. Security Council",
      "Security Council",
      "UNSC",
      "General Assembly",
      "UN General Assembly",
      "UN Secretariat",
      "UNHCR",
      "UNICEF",
      "UNRWA",
      "OCHA",
      "World Food Programme",
      "WFP",
      "World Health Organization",
      "WHO",
      "IAEA",
      "International Atomic Energy Agency",
      "MONUSCO",
      "UNIFIL",
      "UNMISS",
      "Human Rights Council",
      "UN Human Rights Council",
      "UN peacekeepers",
      "UN human rights office",
    ],
  },
  {
    name: "European Union",
    affiliation: "EU",
    kind: "igo",
    aliases: [
      "EU",
      "E.U.",
      "the European Union",
      "European Council",
      "European Commission",
      "European Parliament",
      "Council of the European Union",
      "European External Action Service",
      "EEAS",
      "Brussels",
    ],
  },
  {
    name: "Organization for Security and Cooperation in Europe",
    affiliation: "OSCE",
    kind: "igo",
    aliases: [
      "OSCE",
      "Organization for Security and Co-operation in Europe",
      "Organisation for Security and Co-operation in Europe",
      "Organisation for Security and Cooperation in Europe",
      "OSCE Minsk Group",
      "Minsk Group",
    ],
  },
  {
    name: "NATO",
    affiliation: "NATO",
    kind: "igo",
    aliases: ["North Atlantic Treaty Organization", "North Atlantic Alliance", "KFOR", "the Alliance"],
  },
  {
    name: "African Union",
    affiliation: "AU",
    kind: "igo",
    aliases: ["AU", "African Union Commission", "AU Commission", "Peace and Security Council"],
  },
  {
    name: "Arab League",
    affiliation: "ARAB_LEAGUE",
    kind: "igo",
    aliases: ["League of Arab States", "the Arab League"],
  },
  {
    name: "ASEAN",
    affiliation: "ASEAN",
    kind: "igo",
    aliases: ["Association of Southeast Asian Nations", "Association of South East Asian Nations"],
  },
  {
    name: "Gulf Cooperation Council",
    affiliation: "GCC",
    kind: "igo",
    aliases: ["GCC", "Cooperation Council for the Arab States of the Gulf"],
  },
  { name: "International Criminal Court", affiliation: "ICC", kind: "igo", aliases: ["ICC"] },
  {
    name: "International Court of Justice",
    // A principal organ of the UN: the ontology codes UN organs as UN.
    affiliation: "UN",
    kind: "igo",
    aliases: ["ICJ", "World Court"],
  },
  {
    name: "Organisation of Islamic Cooperation",
    affiliation: "OIC",
    kind: "igo",
    aliases: ["OIC", "Organization of Islamic Cooperation"],
  },
  {
    name: "ECOWAS",
    affiliation: "ECOWAS",
    kind: "igo",
    aliases: ["Economic Community of West African States"],
  },
  { name: "Southern African Development Community", affiliation: "SADC", kind: "igo", aliases: ["SADC"] },
  { name: "East African Community", affiliation: "EAC", kind: "igo", aliases: ["EAC"] },
  { name: "IGAD", affiliation: "IGAD", kind: "igo", aliases: ["Intergovernmental Authority on Development"] },
  { name: "Collective Security Treaty Organization", affiliation: "CSTO", kind: "igo", aliases: ["CSTO"] },
  {
    name: "Shanghai Cooperation Organisation",
    affiliation: "SCO",
    kind: "igo",
    aliases: ["SCO", "Shanghai Cooperation Organization"],
  },
  { name: "G7", affiliation: "G7", kind: "igo", aliases: ["Group of Seven", "G-7"] },
  {
    name: "Hamas",
    affiliation: "HAMAS",
    kind: "group",
    aliases: [
      "Islamic Resistance Movement",
      "Qassam Brigades",
      "al-Qassam Brigades",
      "Ezzedine al-Qassam Brigades",
    ],
  },
  {
    name: "Hezbollah",
    affiliation: "HEZBOLLAH",
    kind: "group",
    aliases: ["Hizbollah", "Hizballah", "Hizbullah"],
  },
  {
    name: "Houthis",
    affiliation: "HOUTHIS",
    kind: "group",
    aliases: ["Houthi", "Houthi rebels", "Ansar Allah", "Ansarallah", "Yemen's Houthis"],
  },
  { name: "Palestinian Islamic Jihad", affiliation: "PIJ", kind: "group", aliases: ["Islamic Jihad", "PIJ"] },
  {
    name: "Rapid Support Forces",
    affiliation: "RSF",
    kind: "group",
    aliases: ["RSF", "the RSF", "Janjaweed"],
  },
  {
    name: "M23",
    affiliation: "M23",
    kind: "group",
    aliases: [
      "March 23 Movement",
      "M23 rebels",
      "M23 Movement",
      "March 23 fighters",
      "March 23 rebels",
      "the March 23",
      "AFC/M23",
      "Congo River Alliance",
    ],
  },
  {
    name: "Tigray People's Liberation Front",
    affiliation: "TPLF",
    kind: "group",
    aliases: ["TPLF", "Tigrayan forces", "Tigray forces"],
  },
  {
    name: "Islamic State",
    affiliation: "ISIS",
    kind: "group",
    aliases: ["ISIS", "ISIL", "Daesh", "Islamic State group"],
  },
  { name: "Taliban", affiliation: "TALIBAN", kind: "group", aliases: ["the Taliban"] },
  {
    name: "al-Shabaab",
    affiliation: "AL_SHABAAB",
    kind: "group",
    aliases: ["Al-Shabaab", "al Shabaab", "Shabaab"],
  },
  { name: "Wagner Group", affiliation: "WAGNER", kind: "group", aliases: ["Wagner", "Wagner mercenaries"] },
  { name: "PKK", affiliation: "PKK", kind: "group", aliases: ["Kurdistan Workers' Party"] },
  { name: "Syrian Democratic Forces", affiliation: "SDF", kind: "group", aliases: ["SDF"] },
  { name: "Hayat Tahrir al-Sham", affiliation: "HTS", kind: "group", aliases: ["HTS"] },
  { name: "Polisario Front", affiliation: "POLISARIO", kind: "group", aliases: ["Polisario"] },
  { name: "Arakan Army", affiliation: "ARAKAN_ARMY", kind: "group", aliases: [] },
  {
    name: "Nagorno-Karabakh Republic",
    affiliation: "NKR",
    kind: "group",
    aliases: [
      "Karabakh Republic",
      "Republic of Artsakh",
      "Artsakh",
      "Artsakh Republic",
      "Karabakh authorities",
      "Karabakh Armenian authorities",
    ],
  },
];
