/**
 * Relation rules as data: each names its trigger, the relation, where the arguments
 * come from and why. Phrasing follows typical wire-service wording, never one article;
 * the conventions of shared/ontology.md decide borderline readings (appeals to stop
 * fighting → CALLS_FOR_CEASEFIRE, "ready to host" → OFFERS_MEDIATION, a summons or a
 * protest → CONDEMNS, expelling envoys or downgrading ties → SANCTIONS, …).
 */
import type { RelationRule } from "./rule.js";

/** Verbs after "called X to" that make it a phone call, not an appeal: "called Paris to discuss the crisis". */
const CALL_PURPOSE =
  "(?:discuss|talk|inform|brief|thank|congratulat|express|convey|review|exchang|coordinat|follow|ask|offer|invite|share|present|wish|assure|reassure|update|check|consult|urge|press|push|stress|underline|emphasi|reaffirm|affirm|demand|request|seek|voice|extend)";
/** Words between an appeal verb and its infinitive: "called on the two sides to". */
const APPEAL = String.raw`\b(?:call(?:ed|s|ing)?\s+(?:on|upon)|call(?:ed|s|ing)?(?=\s+(?:them|(?:the\s+)?(?:both|two|all)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:sides|parties|countries|states|leaders|neighbou?rs|governments|nations|belligerents))\s+(?:[\w-]+\s+){0,2}?to\b)|urg(?:ed|es|ing|e)|appeal(?:ed|s|ing)?\s+to|press(?:ed|es|ing)?|ask(?:ed|s|ing)?|encourag(?:ed|es|ing|e)|implor(?:ed|es|e)|engag(?:ed|es|ing|e))\s+(?<obj>(?!by\b)[^.;]{0,90}?)\s*\bto\s+(?:[\w-]+\s+){0,2}?`;
/**
 * Translated "called Rome and Vienna to the calm": a bare "called" with a named object and an infinitive is an
 * appeal (case-sensitive, so the object must be a name, not "called the decision to ...").
 */
const CALLED_NAMED = String.raw`\bcall(?:ed|s|ing)?(?=\s+(?:the\s+)?[A-Z](?:(?!\bto\b)[^.;:"]){0,60}\s+to\s+(?!${CALL_PURPOSE}))\s+(?<obj>[^.;]{0,90}?)\s*\bto\s+(?:[\w-]+\s+){0,2}?`;
const STOP_FIGHTING = String.raw`(?:(?<=\bnot\s+to\s+)(?:further\s+)?(?:escalat|inflame|aggravate|resort\s+to\s+(?:force|violence))|cease|stop|halt|end\b|de-?escalat|refrain|(?:exercise|show)\s+(?:maximum\s+|utmost\s+|the\s+utmost\s+)?(?:self-)?restraint|lay\s+down|withdraw|(?:the\s+)?restraint\b|(?:preserve|maintain|keep|safeguard)\s+(?:the\s+)?(?:peace|calm)\b|pull\s+back|respect\s+(?:the\s+)?(?:ceasefire|truce)|observe\s+(?:the\s+|a\s+)?(?:ceasefire|truce)|(?:help\s+)?restore\s+calm|avoid\s+(?:any\s+|every\s+|all\s+|further\s+)?(?:escalat|unilateral|provocat|military\s+action|violence|confrontation)|avoid\s+(?:any\s+|all\s+)?(?:actions?|steps|measures|moves)\s+(?:that|which)\s+(?:could|might|would|may)\s+(?:further\s+)?(?:exacerbate|escalate|inflame|aggravate|worsen|heighten)|calm\s+|calm(?=\s*[,.;]|\s+and\b)|reduce\s+tension|agree\s+to\s+(?:[\w-]+\s+){0,5}?(?:ceasefire|truce)|implement\s+(?:[\w-]+\s+){0,4}?(?:ceasefire|truce)|(?:achieve|reach|secure)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:ceasefire|truce))`;
const NEGOTIATE = String.raw`(?:[^.;]{0,140}?\b)?(?:negotiat|return\s+to\s+(?:the\s+)?(?:negotiating\s+table|talks|dialogue|negotiations)|resume\s+(?:the\s+)?(?:[\w-]+\s+)?(?:talks|negotiations|dialogue)|engage\s+in\s+(?:[\w-]+\s+)?(?:talks|dialogue|negotiations)|hold\s+(?:[\w-]+\s+)?talks|(?:seek|find|reach)\s+an?\s+(?:[\w-]+\s+)?(?:diplomatic|political|peaceful|lasting|negotiated|durable)\s+(?:solution|settlement)|sit\s+down|start\s+(?:a\s+)?dialogue|(?:settle|resolve|end)\s+(?:their|the)\s+(?:[\w-]+\s+)?(?:dispute|differences|conflict|issues?|standoff|stand-off|crisis|row|tensions?)\s+(?:peacefully|through|by\s+(?:the\s+)?(?:peaceful|diplomatic|negotiat|dialogue|talks))|(?:settle|resolve|address|iron\s+out|bridge)\s+their\s+differences|(?:the\s+)?dialogue\b|(?:peaceful|political|diplomatic)\s+means|(?:direct|bilateral)\s+(?:communication|contacts?|channels?))`;
const CEASEFIRE_NOUN = String.raw`(?:an?\s+|the\s+)?(?:immediate\s+|complete\s+|urgent\s+|humanitarian\s+|lasting\s+|permanent\s+|durable\s+|total\s+|unconditional\s+|full\s+|new\s+|maximum\s+|utmost\s+|military\s+|and\s+|"\s*)*(?:ceasefire|cease-fire|truce|cessation\s+of\s+(?:hostilities|fighting|violence)|halt\s+to\s+(?:the\s+)?(?:fighting|violence|hostilities)|end\s+to\s+(?:the\s+)?(?:fighting|violence|hostilities|war|attacks|bloodshed|clashes)|de-?escalation|(?:self-)?restraint|calm\b|avoiding\s+(?:any\s+|further\s+)?escalation)`;

/** "gave Seoul an ultimatum", "issued the junta a seven-day ultimatum": the addressee between verb and noun. */
const ULTIMATUM = String.raw`\b(?:gave|give|gives|giving|issued|issues|issuing|handed|delivered|sent)\s+(?<obj>(?!an?\b)[^.;]{1,40}?)\s+an?\s+(?:[\w-]+\s+){0,2}?ultimatum\b`;

/** What makes an appeal to stop a demand when a party makes it to its adversary (ontology.md, "Appeals":
 * withdraw; release and hand-over demands have rules of their own). */
const CONCRETE_DEMAND = /\b(?:withdraw|pull\s+(?:back|out))/i;
/** Agreeing to stop fighting: "agreed to an immediate and unconditional ceasefire", "to end the fighting", "signed a deal for a truce". */
const AGREED_TRUCE = String.raw`\b(?:agree(?:d|s)?\s+(?:to|on)\s+(?:a|an|the)\s+(?:[\w-]+,?\s+(?:and\s+)?){0,4}?(?:ceasefire|cease-fire|truce|cessation\s+of\s+(?:hostilities|fighting)|halt\s+to\s+(?:the\s+)?fighting)|agree(?:d|s)?\s+(?:on\s+[A-Z][a-z]+day\s+)?to\s+(?:end|stop|halt|cease)\s+(?:[\w-]+\s+){0,6}?(?:fighting|hostilities|war|clashes)|(?:sign(?:ed|s)?|reach(?:ed|es)?|struck|conclud(?:ed|es))\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:agreement|deal|accord)\s+(?:on|for)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:ceasefire|cease-fire|truce|cessation\s+of\s+hostilities))\b`;
/** What a third party welcomes when it welcomes a settlement rather than an actor. */
const SETTLEMENT = String.raw`(?:the|this|that|a|an)\s+(?:[\w-]+\s+){0,3}?(?:agreement|deal|accord|truce|ceasefire|cease-fire|pause|result|outcome|exchange|declaration|extension|renewal|end\s+of\s+(?:the\s+)?(?:hostilities|fighting|war)|cessation\s+of\s+hostilities|disengagement)\b(?!\s+of\s+(?:the\s+)?(?:election|vote|referendum|polls?|views|fire)\b)`;

/**
 * An object-first clause after a comma: ", an offer China rejected", ", a move Ankara condemned", ", a position that the
 * Front rejected". The actor between the noun and the verb acts; the target is the subject of the main clause.
 */
const OBJECT_FIRST = String.raw`(?<=,\s+(?:an?|the|one)\s+(?:[\w-]+\s+){0,2}?(?:offer|proposal|plan|initiative|request|idea|suggestion|move|step|position|decision|stance|demand|claim|measure)s?\s+(?:that\s+|which\s+)?(?:the\s+)?[A-Z][^,.;]{0,40}?\s)(?:has\s+|had\s+|have\s+|quickly\s+|swiftly\s+|promptly\s+|immediately\s+|later\s+|also\s+|strongly\s+|sharply\s+)?`;

export const RELATION_RULES: readonly RelationRule[] = [
  // ── CALLS_FOR_CEASEFIRE ─────────────────────────────────────────────
  {
    id: "cfc.appeal-to-stop",
    relation: "CALLS_FOR_CEASEFIRE",
    pattern: new RegExp(APPEAL + STOP_FIGHTING, "gi"),
    reason: "an appeal to named parties to stop fighting, withdraw or de-escalate",
    strength: 0.9,
    target: "inside",
    betweenOpponents: { relation: "DEMANDS", when: CONCRETE_DEMAND },
    fallback: ["parties"],
  },
  {
    id: "cfc.called-named-to-stop",
    relation: "CALLS_FOR_CEASEFIRE",
    pattern: new RegExp(CALLED_NAMED + STOP_FIGHTING, "g"),
    reason: "translated appeal: 'called X and Y to the calm / to avoid escalation'",
    strength: 0.85,
    target: "inside",
    betweenOpponents: { relation: "DEMANDS", when: CONCRETE_DEMAND },
  },
  {
    id: "cfc.call-for-truce",
    relation: "CALLS_FOR_CEASEFIRE",
    pattern: new RegExp(
      String.raw`\b(?<!(?:rejected|rejects|reject|ignored|ignores|dismissed|resisted|amid|despite|the|growing|renewed|international|new|of|to|mounting)\s)(?:call(?:ed|s|ing)?\b[^.;]{0,60}?\bfor|urg(?:ed|es|ing|e)|appeal(?:ed|s|ing)?\s+for|press(?:ed|es|ing)?\s+for|push(?:ed|es|ing)?\s+for|stress(?:ed|es|ing)?\s+the\s+need\s+for|demand(?:ed|s|ing)?|plead(?:ed|s)?\s+for)\s+` +
        CEASEFIRE_NOUN,
      "gi",
    ),
    reason: "a call for a ceasefire, truce or end to fighting; addressed to the parties",
    strength: 0.85,
    target: "between",
    fallback: ["parties"],
    subjectSides: "unopposed",
  },
  {
    id: "dc.sides-call-for-truce",
    relation: "DECLARES_CEASEFIRE",
    pattern: new RegExp(
      String.raw`\b(?:call(?:ed|s|ing)?\s+for|urg(?:ed|es|ing|e)|appeal(?:ed|s|ing)?\s+for|agreed\s+on)\s+` +
        CEASEFIRE_NOUN,
      "gi",
    ),
    reason:
      "the two sides of the conflict jointly calling for a truce declare it to each other (ontology: a party's own truce)",
    strength: 0.75,
    target: "none",
    fallback: ["mutual"],
    subjectSides: "opposed",
  },
  {
    id: "cfc.urged-by",
    relation: "CALLS_FOR_CEASEFIRE",
    pattern: new RegExp(
      String.raw`\b(?:is|are|were|was)\s+(?:being\s+)?(?:urged|called\s+on|called\s+upon|pressed|asked|encouraged)\s+by\s+[^.;]{1,80}?\s+to\s+(?:[\w-]+\s+){0,2}?` +
        STOP_FIGHTING,
      "gi",
    ),
    reason: "passive appeal: the agent after 'by' urges the subject to stop fighting or avoid escalation",
    strength: 0.85,
    source: "agent",
    target: "subject",
  },
  {
    id: "cfc.must-stop",
    relation: "CALLS_FOR_CEASEFIRE",
    pattern:
      /\b(?:must|should|has\s+to|have\s+to|needs?\s+to|needed\s+to)\s+(?:immediately\s+|now\s+)?(?:stop|cease|halt|end)\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w-]+\s+)?(?:fighting|attacks|hostilities|shelling|violence|fire|strikes|offensive|provocations|aggression|incursions|escalation)/gi,
    reason: "a speaker says a party must stop fighting",
    strength: 0.75,
    source: "speaker",
    target: "subject",
  },
  {
    id: "cfc.fighting-must-stop",
    relation: "CALLS_FOR_CEASEFIRE",
    pattern:
      /\b(?:the\s+)?(?:fighting|hostilities|violence|bloodshed|killing|clashes|war|escalation|attacks)\s+(?:(?:in|on|along|across|between|against)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?)?(?:must|should|has\s+to|have\s+to|needs?\s+to)\s+(?:stop|end|cease|be\s+stopped|be\s+halted|halt|come\s+to\s+an\s+end)\b/gi,
    reason: "saying the fighting must stop appeals to the conflict's parties to stop it",
    strength: 0.75,
    target: "none",
    fallback: ["parties"],
  },
  // ── CALLS_FOR_TALKS ─────────────────────────────────────────────────
  {
    id: "cft.appeal-to-negotiate",
    relation: "CALLS_FOR_TALKS",
    pattern: new RegExp(APPEAL + NEGOTIATE, "gi"),
    reason: "an appeal to named parties to negotiate or return to talks",
    strength: 0.9,
    target: "inside",
    fallback: ["parties"],
  },
  {
    id: "cft.called-named-to-negotiate",
    relation: "CALLS_FOR_TALKS",
    pattern: new RegExp(CALLED_NAMED + NEGOTIATE, "g"),
    reason: "translated appeal: 'called X and Y to the dialogue'",
    strength: 0.85,
    target: "inside",
  },
  {
    id: "cft.urged-by",
    relation: "CALLS_FOR_TALKS",
    pattern:
      /\b(?:is|are|were|was)\s+(?:being\s+)?(?:urged|called\s+on|called\s+upon|pressed|asked|encouraged)\s+by\s+[^.;]{1,80}?\s+to\s+(?:[\w-]+\s+){0,2}?(?:resume|return|negotiate|hold|start|engage|restart)/gi,
    reason: "passive appeal: the agent after 'by' urges the subject to negotiate",
    strength: 0.85,
    source: "agent",
    target: "subject",
  },
  {
    id: "cft.should-negotiate",
    relation: "CALLS_FOR_TALKS",
    pattern:
      /\b(?:must|should|has\s+to|have\s+to|needs?\s+to|needed\s+to)\s+(?:[^.;]{0,80}?\band\s+)?(?:return\s+to\s+(?:the\s+)?(?:negotiating\s+table|talks|negotiations|dialogue)|resume\s+(?:the\s+)?(?:[\w-]+\s+)?(?:talks|negotiations|dialogue)|engage\s+in\s+(?:[\w-]+\s+)?(?:talks|dialogue|negotiations))\b/gi,
    reason: "a speaker says a party should return to talks: an appeal to it to negotiate",
    strength: 0.75,
    source: "speaker",
    target: "subject",
  },
  {
    id: "cft.call-for-dialogue",
    relation: "CALLS_FOR_TALKS",
    pattern:
      /\b(?:call(?:ed|s|ing)?\s+for|urg(?:ed|es|ing|e)|press(?:ed|es|ing)?\s+for|advocat(?:ed|es|ing)|stress(?:ed|es|ing)?\s+the\s+(?:need\s+for|importance\s+of)|emphasi[sz](?:ed|es|ing)\s+the\s+(?:need\s+for|importance\s+of))\s+(?:an?\s+|the\s+)?(?:immediate\s+|urgent\s+|direct\s+|renewed\s+|peaceful\s+|political\s+)*(?:dialogue|negotiations|talks|diplomacy|diplomatic\s+(?:solution|efforts|means)|political\s+solution|peaceful\s+solution|return\s+to\s+(?:the\s+)?(?:talks|negotiations|negotiating\s+table))/gi,
    reason: "a call for dialogue or a diplomatic solution; addressed to the parties",
    strength: 0.8,
    target: "between",
    fallback: ["parties"],
  },
  {
    id: "cft.need-to-negotiate",
    relation: "CALLS_FOR_TALKS",
    pattern:
      /\b(?:stress|emphasi[sz]|underlin|affirm|reaffirm|reiterat|underscor)\w*\s+the\s+(?:need|importance)\s+(?:to|of)\s+(?:return(?:ing)?\s+to\s+(?:the\s+)?(?:negotiating\s+table|talks|negotiations|dialogue)|resum(?:e|ing)\s+(?:the\s+)?(?:talks|negotiations|dialogue)|dialogue|negotiations|a\s+(?:political|diplomatic|negotiated|peaceful)\s+(?:solution|settlement))/gi,
    reason: "stressing the need to return to talks appeals to the parties to negotiate",
    strength: 0.75,
    target: "between",
    fallback: ["parties"],
  },
  {
    id: "cft.only-through-dialogue",
    relation: "CALLS_FOR_TALKS",
    pattern:
      /\b(?:only\s+(?:way|solution|path)\b[^.;]{0,80}?\b(?:is|be)\s+(?:through|by|via)\s+(?:[\w-]+\s+)?(?:negotiations|dialogue|diplomacy|diplomatic\s+means|peaceful\s+means)|must\s+be\s+(?:resolved\s+|settled\s+|found\s+)?(?:through|by|via)\s+(?:[\w-]+\s+)?(?:dialogue|negotiations|diplomacy|peaceful\s+means|diplomatic\s+means))/gi,
    reason: "the speaker says the dispute can only be settled by talks",
    strength: 0.75,
    target: "between",
    fallback: ["parties"],
  },
  // ── OFFERS_MEDIATION ────────────────────────────────────────────────
  {
    id: "om.ready-to-help",
    relation: "OFFERS_MEDIATION",
    pattern:
      /\b(?:read(?:y|iness)|willing(?:ness)?|prepared|offer(?:ed|s|ing)?|propos(?:ed|es|ing)|stand(?:s)?\s+ready|availability|(?:readiness|willingness)\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+to\s+(?:[\w-]+\s+){0,3}?(?:mediat(?!ors?\b)|host|facilitat|help\s+(?:[\w-]+\s+){0,3}?(?:resolve|settle|de-?escalate|end|find|facilitate|reduce|ease|calm)|provide\s+(?:a\s+)?(?:platform|venue|good\s+offices)|play\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:constructive|positive|mediating|mediation|active)\s+role|contribute\s+to\s+(?:resolving|settling|a\s+settlement|ending|de-?escalat|the\s+(?:resolution|settlement))|intensify\s+(?:[\w-]+\s+)?(?:diplomatic\s+)?efforts|act\s+as\s+(?:a\s+|the\s+)?mediator|(?:render|provide|offer|extend)\s+(?:[\w-]+\s+)?(?:assistance|help|support)\s+(?:in|to|for)\s+(?:the\s+)?(?:settlement|settling|resolution|resolving|normali[sz]ation|peace\s+process|negotiations|talks)|broker|continue\s+(?:them|the\s+talks|the\s+negotiations|mediation))/gi,
    reason: "says it is ready to mediate, host talks or help settle; addressed to the parties",
    strength: 0.85,
    target: "between",
    fallback: ["parties"],
  },
  {
    id: "om.planned-talks",
    relation: "OFFERS_MEDIATION",
    pattern:
      /\b(?:planned|proposed|offered\s+to\s+host|arranged|invited\s+(?:[\w-]+\s+){0,3}?to)\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|a\s+meeting|meeting)(?=\s+between\b)/gi,
    reason: "planning or proposing talks between two sides offers to mediate for them",
    strength: 0.75,
    target: "between",
  },
  {
    id: "om.offered-venue",
    relation: "OFFERS_MEDIATION",
    pattern: /\boffer(?:ed|s|ing)?\s+(?:[\w-]+\s+){1,3}?as\s+(?:a\s+|the\s+)?(?:venue|host|platform)\b/gi,
    reason: "offering a city or itself as the venue for talks offers to host them",
    strength: 0.8,
    target: "between",
    fallback: ["parties"],
  },
  {
    id: "om.offer-good-offices",
    relation: "OFFERS_MEDIATION",
    pattern:
      /\boffer(?:ed|s|ing)?\s+(?:to\s+)?(?:its\s+|his\s+|her\s+|their\s+|the\s+)?(?:mediation|to\s+mediate|good\s+offices|to\s+host)/gi,
    reason: "an explicit offer of mediation",
    strength: 0.9,
    target: "between",
    fallback: ["parties"],
  },
  // ── MEDIATES ────────────────────────────────────────────────────────
  {
    id: "med.hosted-talks",
    relation: "MEDIATES",
    pattern:
      /(?:(?<!-)\b(?:host(?:ed|s|ing)?|broker(?:ed|s|ing)?|mediat(?:ed|es|ing)|facilitat(?:ed|es|ing)|sponsor(?:ed|s|ing)?|convened?|chair(?:ed|s|ing)?)|\bco-?(?:host|chair)(?:ed|s|ing)?)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+rounds?\s+of\s+)?(?:[\w-]+\s+){0,3}?(?:talks|negotiations|consultations|dialogue|truce|ceasefire|deal|peace\s+(?:talks|process)|summit)\b/gi,
    reason: "hosts or brokers talks: mediates for each party",
    strength: 0.85,
    target: "between",
    fallback: ["talks", "parties"],
  },
  {
    id: "med.hosted-by",
    relation: "MEDIATES",
    pattern:
      /\b(?:talks|negotiations|consultations|mediations?|process|dialogue|meeting|ceremony|signing)\s+(?:[\w-]+\s+)?(?:hosted|brokered|mediated|initiated|led|sponsored|facilitated|convened)\s+by\b/gi,
    reason: "talks hosted or brokered by the agent: mediates for each party",
    strength: 0.85,
    source: "agent",
    target: "between",
    fallback: ["parties"],
  },
  {
    id: "med.deal-brokered-by",
    relation: "MEDIATES",
    pattern:
      /\b(?:deal|agreement|accord|truce|ceasefire|cease-fire|exchange|swap|talks|negotiations|pact)\b(?:(?!\b(?:by|with|from)\b)[^.;]){0,60}?\b(?:brokered|mediated|hosted|facilitated|sponsored|convened|led|arranged)\s+by\b/gi,
    reason: "a deal or talks brokered or led by the agent: mediates for the two sides named or in context",
    strength: 0.8,
    source: "agent",
    target: "between",
    fallback: ["pair", "parties"],
  },
  {
    id: "med.under-auspices",
    relation: "MEDIATES",
    pattern:
      /\b(?:talks|negotiations|deal|agreement|accord|truce|ceasefire|meeting|dialogue|consultations)\b(?:(?!\b(?:by|with|from)\b)[^.;]){0,80}?\bunder\s+the\s+(?:auspices|mediation|aegis)\s+of\b/gi,
    reason: "talks or a deal under the auspices of X: X mediates for the two sides",
    strength: 0.8,
    source: "agent",
    target: "between",
    fallback: ["pair", "parties"],
  },
  {
    id: "med.hosted-both-sides",
    relation: "MEDIATES",
    pattern:
      /\b(?:host(?:ed|s|ing)?|brought\s+together|bring(?:s|ing)?\s+together)\s+(?=(?:the\s+)?[A-Z]|both\s|the\s+two\s)/g,
    reason: "hosting leaders of the two sides of the conflict is hosting talks between them",
    strength: 0.8,
    target: "object",
    objectSides: "opposed",
  },
  {
    id: "med.mediated-between",
    relation: "MEDIATES",
    pattern:
      /\b(?:mediat(?:ed|es|ing)|act(?:ed|s|ing)?\s+as\s+(?:a\s+|the\s+)?mediators?)(?:\s+[\w-]+){0,2}?(?=\s+between\b)/gi,
    reason: "mediated between two sides: mediates for each",
    strength: 0.85,
    target: "between",
  },
  {
    id: "med.led-talks-between",
    relation: "MEDIATES",
    pattern:
      /\b(?:led|leads|leading|conducted|conducts|moderated|moderates)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:consultations|talks|negotiations|dialogue|contacts)(?=\s+between\b)/gi,
    reason: "leading the consultations between two sides or their delegations mediates for each side",
    strength: 0.8,
    target: "between",
    fallback: ["pair", "agreement", "parties"],
  },
  {
    id: "med.presided-over",
    relation: "MEDIATES",
    pattern:
      /\bpresid(?:ed|es|ing)\s+over\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:ceremony|signing|talks|negotiations)\b/gi,
    reason: "presiding over the signing or the talks of two sides mediates for them",
    strength: 0.7,
    target: "between",
    fallback: ["parties"],
  },
  {
    id: "med.with-help-from",
    relation: "MEDIATES",
    pattern:
      /\bwith(?<=\b(?:mediated|brokered|facilitated|hosted)\s+by\s+[^.;]{1,60}?\bwith)\s+(?:the\s+)?(?:help|support|assistance|participation)\s+(?:of|from)\b/gi,
    reason: "co-mediators named after 'with help from' mediate too",
    strength: 0.7,
    source: "agent",
    target: "between",
    fallback: ["pair", "parties"],
  },
  {
    id: "med.mediated-deal",
    relation: "MEDIATES",
    pattern:
      /\b(?:mediat(?:ed|es|ing)|helped\s+(?:to\s+)?(?:mediate|broker|negotiate)|broker(?:ed|s|ing))(?=\s*(?:[.,;]|and\b|as\s+well|too\b|(?:the|this|that)\s+(?:[\w-]+\s+)?(?:deal|agreement|truce|ceasefire|accord|exchange|swap)\b))/gi,
    reason: "'X also mediated', 'X brokered the deal': X mediates for the sides of the deal last reported",
    strength: 0.75,
    target: "none",
    fallback: ["agreement", "parties"],
  },
  {
    id: "med.through-mediation",
    relation: "MEDIATES",
    pattern:
      /(?<=\b(?:through|via|under|thanks\s+to|with|after|following)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?)(?:mediation|good\s+offices)\b(?!\s+of\b)/gi,
    reason:
      "'agreed through Russian mediation', 'through Qatar's mediation': the owner mediates for each party",
    strength: 0.75,
    source: "owner",
    target: "between",
    fallback: ["pair", "agreement", "parties"],
  },
  {
    id: "med.own-mediation",
    relation: "MEDIATES",
    pattern:
      /(?<=\b(?:through|via|thanks\s+to|with|under|after|following)\s+)(?:its|our|his|her)\s+(?:[\w-]+\s+)?(?:mediation|good\s+offices)\b/gi,
    reason: "'agreed through its mediation, the ministry said': the reporter mediates for each party",
    strength: 0.7,
    source: "speaker",
    target: "between",
    fallback: ["pair", "agreement", "parties"],
  },
  {
    id: "med.mediation-of",
    relation: "MEDIATES",
    pattern:
      /\b(?:through|via|thanks\s+to|with|after|following)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:mediation|good\s+offices)\s+of\b/gi,
    reason: "'agreed thanks to the mediation of X': X mediates for each party",
    strength: 0.75,
    source: "agent",
    target: "between",
    fallback: ["pair", "agreement", "parties"],
  },
  {
    id: "med.x-brokered",
    relation: "MEDIATES",
    pattern: /-\s*(?:brokered|mediated|hosted|sponsored)\b/gi,
    reason: "'X-brokered truce': X mediates for each party",
    strength: 0.8,
    source: "adjacent",
    target: "between",
    fallback: ["parties"],
  },
  {
    id: "med.mediators",
    relation: "MEDIATES",
    pattern: /(?<=\s)mediators?\b/gi,
    reason: "'the X mediators': X is the mediator between the parties",
    strength: 0.75,
    source: "adjacent",
    target: "between",
    fallback: ["parties"],
  },
  {
    id: "med.separate-talks-with",
    relation: "MEDIATES",
    pattern:
      /\b(?:separate|indirect|parallel|proximity|shuttle)\s+(?:talks|meetings|negotiations|consultations)\s+with\b/gi,
    reason: "parties holding separate talks with X: X is the go-between",
    strength: 0.75,
    source: "agent",
    target: "subject",
  },
  {
    id: "med.talks-each-with",
    relation: "MEDIATES",
    pattern: /\b(?:talks|meetings|consultations)\s+(?:separately\s+)?each\s+with\b/gi,
    reason: "talks held with each side in turn: the subject is the go-between",
    strength: 0.7,
    target: "object",
  },
  // ── TALKS_WITH ⇄ ────────────────────────────────────────────────────
  {
    id: "tw.call-with",
    relation: "TALKS_WITH",
    pattern:
      /(?<!\b(?:return|returning|go\s+back|resume|resuming)\s+to\s+(?:the\s+)?(?:[\w-]+\s+)?)(?<!\b(?:resume|resuming|restart|reopen)\s+(?:the\s+)?(?:[\w-]+\s+)?)\b(?:(?:(?:tele)?phone\s+(?:call|conversation|talks?)s?|video\s+(?:call|conference)|call|calls|conversations?|talks|meetings?|discussions|consultations|negotiations|contacts?|summit)\s+(?:each\s+)?with|discuss(?:ed|es|ing)?\s+(?:[\w-]+\s+){0,4}?with|(?:spoke|spoken|speaks|talked|talks|conferred)\s+(?:by\s+(?:tele)?phone|on\s+the\s+(?:tele)?phone|by\s+video(?:\s+link)?)\s+(?:with|to)|(?:initial|phone|telephone|his|her|their)\s+calls?\s+to)\b/gi,
    reason: "a call, meeting or talks with the object",
    strength: 0.9,
    target: "object",
  },
  {
    id: "tw.call-from",
    relation: "TALKS_WITH",
    pattern:
      /\b(?:(?:received|receives|receiving|got|took)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:(?:tele)?phone\s+)?(?:call|message|letter|visit)\s+from)\b/gi,
    reason: "receiving a call or visit from the object is talking with it",
    strength: 0.85,
    target: "object",
  },
  {
    id: "tw.met",
    relation: "TALKS_WITH",
    pattern: new RegExp(
      String.raw`\b(?:met|meets|meet|meeting|spoke|speaks|spoken|talked|talks|conferred|negotiated|visited|visits|received|called(?<!\bwhat\s+[\w-]+\s+called)(?!\s+(?:the\s+)?[A-Z](?:(?!\bto\b)[^.;:"]){0,60}\s+to\s+(?!${CALL_PURPOSE}))(?!(?:(?!\b(?:to|on|for|about|over|after|with|in|at|during|from)\b)[^.;,:"]){1,60}?\s(?:a|an)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*(?:[.;,:]|$|\s(?:and|but|that|which|against|by|of)\b))|contacted|contact|phoned|telephoned)\s+(?:with\s+|to\s+)?(?=(?:(?:the|his|her|their|its)\s+)?(?:[A-Z"]|counterparts?\b|leaders?\b|officials?\b|delegations?\b|envoys?\b|president\b|prime\b|foreign\b|him\b|her\b|them\b))`,
      "g",
    ),
    reason: "met, spoke to, called or visited the object",
    strength: 0.8,
    target: "object",
  },
  {
    id: "tw.hosted",
    relation: "TALKS_WITH",
    pattern:
      /\b(?:hosts|hosted)\s+(?=(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[A-Z"]|counterparts?\b|leaders?\b|officials?\b|delegations?\b|envoys?\b))/g,
    reason:
      "hosting visitors is a meeting with each (the two sides of the conflict hosted together: med.hosted-both-sides)",
    strength: 0.8,
    target: "object",
    objectSides: "unopposed",
  },
  {
    id: "tw.hosted-guests",
    relation: "TALKS_WITH",
    pattern: /\b(?:host(?:ed|s|ing)?|brought\s+together|bring(?:s|ing)?\s+together)\s+(?=(?:the\s+)?[A-Z])/g,
    reason: "leaders of two sides hosted together meet each other",
    strength: 0.75,
    source: "none",
    target: "object",
    objectSides: "many",
  },
  {
    id: "tw.agreed-after-talks",
    relation: "TALKS_WITH",
    pattern:
      /\bagreed\b[^.;]{0,120}?\b(?:after|following|at\s+the\s+end\s+of)\s+(?:[\w-]+\s+){0,4}?(?:talks|negotiations|consultations|meeting)\b/gi,
    reason: "a joined subject that agreed after talks held those talks together",
    strength: 0.75,
    target: "none",
    fallback: ["mutual"],
  },
  {
    id: "tw.joined-met",
    relation: "TALKS_WITH",
    pattern:
      /\b(?:met|meet|talked|spoke|conferred)(?=\s+(?:on|in|at|during|for|late|early|briefly|privately|separately|face-to-face|again|twice|virtually|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/g,
    reason: "a joined subject met or spoke (no object named): they talked with each other",
    strength: 0.75,
    target: "none",
    fallback: ["mutual"],
  },
  {
    id: "tw.held-talks",
    relation: "TALKS_WITH",
    pattern:
      /\b(?:held|hold|holds|holding|had(?!\s+(?:planned|proposed|hoped|sought|wanted))|have\s+held|conducted)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:(?:tele)?phone\s+)?(?:call|calls|conversation|conversations|talks|meeting|meetings|discussions|consultations|negotiations)\b/gi,
    reason: "held talks or a call: with the object, or among a joined subject",
    strength: 0.85,
    target: "object",
    fallback: ["mutual"],
  },
  {
    id: "tw.during-call",
    relation: "TALKS_WITH",
    pattern:
      /\b(?:during|in)\s+a\s+(?:[\w-]+\s+)?(?:(?:tele)?phone\s+call|phone\s+conversation|telephone\s+conversation|video\s+call|meeting)\b/gi,
    reason: "actors joined as the subject spoke during a call or meeting",
    strength: 0.8,
    target: "object",
    fallback: ["mutual"],
  },
  {
    id: "tw.to-x-in-call",
    relation: "TALKS_WITH",
    pattern:
      /\b(?:to|with)\s+(?=(?:the\s+)?[A-Z][^.;,]{0,60}?\b(?:in|during)\s+(?:a|an|their|the)\s+(?:[\w-]+\s+)?(?:(?:tele)?phone\s+(?:call|conversation)|video\s+call|call)\b)/g,
    reason: "'apologised to X in a phone call': the call was with X",
    strength: 0.75,
    target: "object",
  },
  {
    id: "tw.discussed",
    relation: "TALKS_WITH",
    pattern: /\b(?:discuss(?:ed|es|ing)?(?!\s+with)|review(?:ed|s)?|agreed\s+on\s+the\s+need)\b/gi,
    reason: "a joined subject discussed something together (what they discussed is a topic, not a party)",
    strength: 0.7,
    target: "none",
    fallback: ["mutual"],
  },
  {
    id: "tw.talks-between",
    relation: "TALKS_WITH",
    pattern:
      /(?<!\b(?:planned|proposed|possible|future|potential)\s+(?:[\w-]+\s+)?)(?<!\b(?:call(?:ed|s|ing)?\s+for|urg(?:ed|es|ing|e)|(?:press|push|appeal|plead)(?:ed|es|s|ing)?\s+for|need\s+for|importance\s+of)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?)\b(?:talks|negotiations|consultations|meeting|dialogue|contacts)\s+(?:[\w-]+\s+){0,2}?between\b/gi,
    reason: "talks between two parties: each talks with the other",
    strength: 0.75,
    source: "none",
    target: "between",
  },
  // ── SUPPORTS ────────────────────────────────────────────────────────
  {
    id: "sup.support-for",
    relation: "SUPPORTS",
    pattern:
      /\b(?:(?:full\s+|firm\s+|unwavering\s+|strong\s+|continued\s+)?support\s+(?:for|to)|backing\s+(?:for|of)|solidarity\s+(?:of\s+(?:[\w-]+\s+){1,2}?)?with|stand(?:s|ing)?\s+(?:firmly\s+)?(?:with|by|behind)|stood\s+(?:with|by|behind)|sid(?:ed|es|ing)\s+with|on\s+(?:its|their|the)\s+side|defend(?:s|ed|ing)?\s+(?:the\s+rights\s+of\s+)?|support(?:s|ed|ing)?(?!\s+(?:by|from))|back(?:s|ed|ing)?(?=\s+(?:the\s+|[A-Z]))|endors(?:ed|es|ing)|reaffirm(?:ed|s)?\s+(?:its|his|her|their)\s+(?:commitment|support)\s+to)\b(?<!\b(?:suspen\w+|halt(?:ed|s|ing)?|freez\w+|froze)\b[^.;]{0,100})/gi,
    reason: "declares support for, stands with or defends the object",
    strength: 0.8,
    target: "object",
  },
  {
    id: "sup.right-to-defend",
    relation: "SUPPORTS",
    pattern:
      /\b(?:has|had|have)\s+(?:a|the|every)\s+(?:legitimate\s+)?right\s+to\s+defend\s+(?:itself|themselves|its\s+(?:territory|citizens|people))\b/gi,
    reason: "the one who says a party has the right to defend itself backs that party",
    strength: 0.75,
    source: "speaker",
    target: "subject",
  },
  {
    id: "sup.ally-of",
    relation: "SUPPORTS",
    pattern: /,\s+(?:a|an|the)\s+(?:close\s+|key\s+|staunch\s+|long-?time\s+|main\s+)?ally\s+of\b/gi,
    reason: "'X, an ally of Y' in the outlet's voice: X backs Y",
    strength: 0.75,
    target: "object",
  },
  {
    id: "sup.accused-of-backing",
    relation: "SUPPORTS",
    pattern:
      /\b(?:of|for)\s+(?:supporting|backing|arming|funding|financing|sponsoring|harbou?ring|aiding|working\s+with|colluding\s+with)\b(?<=\b(?:accus(?:ed|es|ing|e)|blam(?:ed|es|ing|e))\s+[^.;]{1,60}?\s(?:of|for)\s+[\w\s]+)/gi,
    reason: "'A accused B of backing C': the claim is that B supports C",
    strength: 0.7,
    target: "object",
  },
  {
    id: "sup.x-backed",
    relation: "SUPPORTS",
    pattern: /-\s*(?:backed|supported|sponsored|allied|armed|funded)\b/gi,
    reason: "'X-backed Y' in the outlet's voice: X supports Y",
    strength: 0.85,
    source: "adjacent",
    target: "object",
  },
  {
    id: "sup.supported-by",
    relation: "SUPPORTS",
    pattern: /\b(?:supported|backed|armed|funded|sponsored)\s+by\b/gi,
    reason: "passive: the agent after 'by' supports the subject",
    strength: 0.85,
    source: "agent",
    target: "subject",
  },
  {
    id: "sup.support-from",
    relation: "SUPPORTS",
    pattern: /\b(?:support|backing|assistance|help|weapons|arms)\s+from\b/gi,
    reason: "received support from the agent",
    strength: 0.7,
    source: "agent",
    target: "subject",
  },
  {
    id: "sup.with-help-of",
    relation: "SUPPORTS",
    pattern:
      /(?<!\b(?:mediated|brokered|facilitated|hosted)\s+by\s+[^.;]{1,60}?)\bwith\s+the\s+(?:[\w-]+\s+)?(?:help|support|assistance|backing)\s+of\b/gi,
    reason: "acting with the help of the agent: the agent supports the subject",
    strength: 0.7,
    source: "agent",
    target: "subject",
  },
  {
    id: "sup.arms-to",
    relation: "SUPPORTS",
    pattern:
      /\b(?:sold|sells?|selling|suppl(?:ied|ies|y|ying)|deliver(?:ed|s|ing)?|sen(?:t|d|ds|ding)|transfer(?:red|s|ring)?|ship(?:ped|s)?)\s+(?:[\w-]+\s+){0,4}?(?:weapons|arms|missiles|drones|tanks|fighter\s+jets|ammunition|munitions|air\s+defen[cs]e\s+systems?)\b/gi,
    reason: "an arms sale or transfer counts as support",
    strength: 0.8,
    target: "object",
  },
  // ── PRAISES ─────────────────────────────────────────────────────────
  {
    id: "pra.praised",
    relation: "PRAISES",
    pattern:
      /\b(?:prais(?:ed|es|ing|e)|welcom(?:ed|es|ing|e)|thank(?:ed|s(?!\s+to\b)|ing)?|commend(?:ed|s|ing)?|hail(?:ed|s|ing)?|laud(?:ed|s)?|applaud(?:ed|s|ing)?|appreciat(?:ed|es|ion\s+(?:for|of|to))|grateful\s+to|congratulat(?:ed|es|ing|e))\b/gi,
    reason: "praises, welcomes or thanks the object or what it did",
    strength: 0.8,
    target: "object",
  },
  {
    id: "pra.welcomed-settlement",
    relation: "PRAISES",
    pattern: new RegExp(
      String.raw`\b(?:welcom(?:ed|es|ing|e)|hail(?:ed|s|ing)?|prais(?:ed|es|ing|e)|applaud(?:ed|s|ing)?|commend(?:ed|s|ing)?)\s+` +
        SETTLEMENT,
      "gi",
    ),
    reason: "welcoming a deal or truce praises its sides: named after 'between', else those last reported",
    strength: 0.75,
    target: "between",
    fallback: ["agreement"],
  },
  {
    id: "pra.congratulated-both",
    relation: "PRAISES",
    pattern:
      /\b(?:congratulat(?:ed|es|ing|e)|prais(?:ed|es|ing|e)|commend(?:ed|s|ing)?|thank(?:ed|s|ing)?)\s+(?:the\s+two|both(?:\s+the)?)\s+(?:[\w-]+\s+)?(?:presidents|leaders|ministers|sides|parties|countries|governments|delegations|heads\s+of\s+state)\b/gi,
    reason:
      "congratulating 'the two presidents' after a deal praises its sides: those of the deal last reported",
    strength: 0.75,
    target: "none",
    fallback: ["agreement", "pair"],
  },
  {
    id: "pra.settlement-step",
    relation: "PRAISES",
    pattern:
      /\b(?:agreement|deal|accord|truce|ceasefire|pause|exchange)\s+(?:was|is|as)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:step|breakthrough|milestone|achievement)\b/gi,
    reason: "a speaker calling the deal a step forward praises its sides",
    strength: 0.7,
    source: "speaker",
    target: "none",
    fallback: ["agreement"],
  },
  {
    id: "pra.welcomed-by",
    relation: "PRAISES",
    pattern:
      /\b(?:was|were|has\s+been|have\s+been)\s+(?:also\s+|widely\s+|warmly\s+)?(?:welcomed|hailed|praised|applauded|commended)\s+by\b/gi,
    reason:
      "passive: the agent after 'by' welcomes the deal, praising its sides (or the subject when it is an actor)",
    strength: 0.75,
    source: "agent",
    target: "subject",
    fallback: ["agreement"],
  },
  // ── AGREES_WITH ⇄ ───────────────────────────────────────────────────
  {
    id: "agr.signed-deal",
    relation: "AGREES_WITH",
    pattern:
      /\b(?:sign(?:ed|s|ing)?\s+(?:a|an|the|two|separate|several)\s+(?:[\w-]+\s+){0,3}?(?:agreements?|deals?|accords?|pacts?|treaty|treaties|memorandum|declaration|joint\s+statement)|(?:reached|struck|concluded|clinched|inked)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:agreement|deal|accord|understanding|pact)|agreed\s+with|(?<!\b(?:violation|violations|breach|breaches|violat(?:e|es|ed|ing)|breach(?:ed|ing)?|under|suspen\w*|withdr\w*|terms)\s+(?:of\s+|from\s+)?(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3})(?:agreement|deal|accord|pact|treaty)\s+(?:signed\s+|reached\s+|concluded\s+)?between)\b/gi,
    reason: "signs or reaches an agreement with the object, or between the named parties",
    strength: 0.85,
    target: "object",
    fallback: ["mutual"],
  },
  {
    id: "agr.agreed-on-need",
    relation: "AGREES_WITH",
    pattern:
      /\bagreed\s+(?:on|to)\s+(?:the\s+need|continue|a\s+(?:[\w-]+\s+)?(?:framework|plan|roadmap|deal|declaration|statement))\b/gi,
    reason: "a joined subject agreed on something together (what they agreed on is a topic, not a party)",
    strength: 0.7,
    target: "none",
    fallback: ["mutual"],
  },
  {
    id: "agr.sides-agreed",
    relation: "AGREES_WITH",
    pattern:
      /\bagreed\s+(?:on\s+(?:[A-Z][\w-]+\s+)?)?(?:not\s+)?to\s+(?!(?:a|an|the)\b)[a-z][\w-]*|\bagreed\s+on\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:plan|deal|roadmap|framework|text|mechanism|exchange|steps|measures|terms|disengagement|withdrawal|pullback|separation)\b|\bagreed\s+that\b(?=[^.;]{0,80}?\b(?:should|would|will|must)\b)/g,
    reason:
      "two sides joined as the subject agreed to do something together, on a disengagement, or that something should be done (not 'agreed that the test was unpardonable': a shared view is no agreement)",
    strength: 0.7,
    target: "none",
    fallback: ["mutual"],
  },
  {
    id: "agr.prisoner-exchange",
    relation: "AGREES_WITH",
    pattern:
      /\b(?:(?:exchanged|swapped|each\s+released|released)\s+(?:[\w-]+\s+){0,3}?(?:prisoners|detainees|captives|hostages|bodies)|(?:prisoner|prisoners|POW|detainee)\s+(?:exchange|swap)\s+between)\b/gi,
    reason: "two sides exchanging prisoners carry out an agreement with each other",
    strength: 0.7,
    target: "between",
    fallback: ["mutual"],
  },
  {
    id: "agr.truce-under-deal",
    relation: "AGREES_WITH",
    pattern:
      /\b(?:ceasefire|cease-fire|truce|pause)\s+between(?=[^.;]{0,100}?\b(?:under|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord))/gi,
    reason: "a truce between two sides under a deal: the sides agreed with each other",
    strength: 0.75,
    source: "none",
    target: "between",
  },
  {
    id: "agr.agreed-truce",
    relation: "AGREES_WITH",
    pattern: new RegExp(AGREED_TRUCE, "gi"),
    reason: "an agreed ceasefire is an agreement between the joined sides",
    strength: 0.8,
    target: "none",
    fallback: ["mutual"],
  },
  // ── PROVIDES_AID ────────────────────────────────────────────────────
  {
    id: "aid.sent-aid",
    relation: "PROVIDES_AID",
    pattern:
      /\b(?:sent|send(?:s|ing)?|deliver(?:ed|s|ing)?|provid(?:ed|es|ing|e)|pledg(?:ed|es|ing|e)|donat(?:ed|es|ing|e)|gave|give[sn]?|allocat(?:ed|es|ing)|airlift(?:ed|s)?|dispatch(?:ed|es)?)\s+(?:[\w$.,-]+\s+){0,5}?(?:aid|assistance|relief|supplies|food|medicine|medical\s+supplies|humanitarian|funding|loans?|grants?|million|billion|tents|vaccines)\b/gi,
    reason: "sends or pledges aid to the object",
    strength: 0.8,
    target: "object",
  },
  {
    id: "aid.aid-to",
    relation: "PROVIDES_AID",
    pattern:
      /\b(?:aid|assistance|relief|package)\s+(?:package\s+)?(?:to|for)\b(?<!\b(?:suspen\w+|halt(?:ed|s|ing)?|freez\w+|froze)\b[^.;]{0,100})/gi,
    reason: "the subject's aid to the object",
    strength: 0.65,
    target: "object",
  },
  // ── DECLARES_CEASEFIRE ──────────────────────────────────────────────
  {
    id: "dc.agreed-to-ceasefire",
    relation: "DECLARES_CEASEFIRE",
    pattern:
      /\b(?:agree(?:d|s)?\s+(?:to|on)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:ceasefire|cease-fire|truce)|(?:declared|announced|accepted|signed|observ(?:ed|es|ing)|respect(?:ed|s|ing))\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:ceasefire|cease-fire|truce))\b/gi,
    reason: "declares or agrees to a truce: toward the object, or mutually within a joined subject",
    strength: 0.85,
    target: "object",
    fallback: ["mutual", "opponents"],
  },
  {
    id: "dc.ceasefire-agreement-between",
    relation: "DECLARES_CEASEFIRE",
    pattern:
      /\b(?:ceasefire|cease-fire|truce)\b[^.;]{0,140}?\b(?:agreement|deal|accord)\s+(?:[\w-]+\s+){0,2}?between\b/gi,
    reason: "a ceasefire resting on an agreement between the parties: each declares it to the other",
    strength: 0.8,
    source: "none",
    target: "between",
  },
  {
    id: "dc.truce-established",
    relation: "DECLARES_CEASEFIRE",
    pattern:
      /\b(?:ceasefire|cease-fire|truce)\s+(?:was|has\s+been|had\s+been)\s+(?:established|agreed|reached|declared)\b/gi,
    reason: "a truce was established between the parties of the conflict",
    strength: 0.6,
    source: "none",
    target: "between",
    fallback: ["parties"],
  },
  {
    id: "dc.truce-between-began",
    relation: "DECLARES_CEASEFIRE",
    pattern:
      /\b(?:ceasefire|cease-fire|truce|pause)\s+(?:in\s+[\w-]+\s+)?between(?=[^.;]{0,80}?\b(?:took\s+effect|takes\s+effect|began|begins|came\s+into\s+(?:force|effect)|went\s+into\s+(?:force|effect)|entered\s+into\s+force|has\s+held|held|was\s+(?:agreed|reached|signed|announced)|has\s+been\s+(?:agreed|reached)))/gi,
    reason: "a truce between two sides that took effect: each declares it to the other",
    strength: 0.8,
    source: "none",
    target: "between",
  },
  {
    id: "dc.agreed-to-end-fighting",
    relation: "DECLARES_CEASEFIRE",
    pattern: new RegExp(AGREED_TRUCE, "gi"),
    reason: "a joined subject agrees to a truce or to end the fighting: each declares it to the other",
    strength: 0.85,
    target: "none",
    fallback: ["mutual", "opponents"],
  },
  // ── EXPRESSES_CONCERN ───────────────────────────────────────────────
  {
    id: "con.expressed-concern",
    relation: "EXPRESSES_CONCERN",
    pattern:
      /\b(?:express(?:ed|es|ing)?\s+(?:[\w-]+\s+){0,2}?(?:concern|worry|alarm|dismay|unease)|(?:deeply\s+|gravely\s+)?(?:concerned|worried|alarmed|troubled)\s+(?:about|over|by|at)|voic(?:ed|es|ing)\s+(?:[\w-]+\s+)?concerns?)\b/gi,
    reason: "voices concern about the object's conduct",
    strength: 0.8,
    target: "object",
  },
  // ── DENIES ──────────────────────────────────────────────────────────
  {
    id: "den.denied",
    relation: "DENIES",
    pattern:
      /\b(?:den(?:y|ies|ied|ying)(?!\s+(?:that\b|ever\b|having\b|[a-z]+ing\b))|(?:rejected|dismissed|refuted)\s+(?:the\s+|these\s+|this\s+)?(?:[\w'-]+\s+){0,3}?(?:reports?|claims?|allegations?|accusations?|charges?))\b/gi,
    reason:
      "denies a claim or accusation; the target is its author: named, the last to accuse the source, else the other actor the sentence names",
    strength: 0.75,
    target: "object",
    fallback: ["accuser", "others"],
  },
  {
    id: "den.denied-doing",
    relation: "DENIES",
    pattern: /\bden(?:y|ies|ied|ying)\s+(?:that\b|ever\b|having\b|[a-z]+ing\b)/gi,
    reason:
      "'denied supplying arms', 'denied that ...': what follows is the claim, so the target is its author: the accuser, else the other side named",
    strength: 0.75,
    target: "none",
    fallback: ["accuser", "others"],
  },
  // ── DEMANDS ─────────────────────────────────────────────────────────
  {
    id: "dem.demanded",
    relation: "DEMANDS",
    pattern:
      /\b(?:demand(?:ed|s|ing)?(?!\s+(?:an?\s+)?(?:immediate\s+)?(?:end|halt|stop|cessation|ceasefire|truce))|insist(?:ed|s|ing)?\s+(?:on|that)|the\s+only\s+condition|condition(?:ed)?\s+(?:for|on)|call(?:ed|s|ing)?\s+for\s+the\s+(?:immediate\s+|complete\s+)?(?:withdrawal|release|handover|extradition))\b/gi,
    reason: "demands that the object withdraw, release or hand over",
    strength: 0.8,
    target: "object",
    fallback: ["opponents"],
  },
  {
    id: "dem.release-held-by",
    relation: "DEMANDS",
    pattern:
      /\b(?:call(?:ed|s|ing)?\s+for|demand(?:ed|s|ing)?|urg(?:ed|es|ing)|press(?:ed|es|ing)?\s+for)\s+(?:[^.;]{0,80}?\b)?(?:release|return)\s+of\s+(?:[^.;]{0,60}?\b)?(?:held|detained|captured|seized|abducted|kidnapped)\s+by\s+(?<obj>[^.;,]{1,60}?)(?=\s*(?:[.;,]|$|\s+(?:and|in|since|at|on|during)\b))/gi,
    reason: "calling for the release of people or ships held by X demands it of the holder",
    strength: 0.8,
    target: "inside",
  },
  {
    id: "dem.appeal-to-release",
    relation: "DEMANDS",
    pattern: new RegExp(
      APPEAL +
        String.raw`(?:release|free|hand\s+over|extradite|return\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:seized|captured|detained|abducted))\b`,
      "gi",
    ),
    reason:
      "'urged X to release the ship / hand over the suspects' is a concrete demand (ontology.md, 'Appeals'), whoever makes it",
    strength: 0.8,
    target: "inside",
  },
  {
    id: "dem.ultimatum",
    relation: "DEMANDS",
    pattern: new RegExp(ULTIMATUM, "gi"),
    reason: "giving X an ultimatum demands something of X",
    strength: 0.8,
    target: "inside",
  },
  {
    id: "thr.ultimatum-or-face",
    relation: "THREATENS",
    pattern: new RegExp(String.raw`${ULTIMATUM}(?=[^.;]{0,120}?\bor\s+(?:face|risk)\b)`, "gi"),
    reason: "an ultimatum 'or face military action' threatens its addressee",
    strength: 0.8,
    target: "inside",
  },
  {
    id: "dem.ordered-to",
    relation: "DEMANDS",
    pattern:
      /\border(?:ed|s|ing)?\s+(?<obj>(?!by\b)[^.;]{1,60}?)\s+to\s+(?:immediately\s+)?(?:refrain|stop|halt|cease|withdraw|release|hand\s+over|comply|allow|prevent|take\s+all)\b/gi,
    reason: "a court or authority ordering a party to act demands it of that party",
    strength: 0.8,
    target: "inside",
  },
  {
    id: "dem.must-withdraw",
    relation: "DEMANDS",
    pattern:
      /\b(?:must|should|has\s+to|have\s+to)\s+(?:first\s+)?(?:immediately\s+)?(?:withdraw|release|hand\s+over|leave|return(?!\s+to\s+(?:the\s+)?(?:talks|negotiat|table|dialogue))|pull\s+(?:out|back))\b/gi,
    reason: "the one who says a party must withdraw or release demands it of that party",
    strength: 0.8,
    source: "speaker",
    target: "subject",
  },
  // ── REJECTS ─────────────────────────────────────────────────────────
  {
    id: "rej.will-not-recognise",
    relation: "REJECTS",
    pattern:
      /(?:(?<=\b(?:would|will|does|do|did|could|can)\s)not|\b(?:won't|doesn't|never))\s+(?:ever\s+)?(?:recogni[sz]e|negotiate|talk\s+to|sit\s+down\s+with)\b/gi,
    reason: "says it will not recognise or negotiate with the object (else the side it opposes)",
    strength: 0.75,
    target: "object",
    fallback: ["opponents"],
  },
  {
    id: "rej.not-bound",
    relation: "REJECTS",
    pattern:
      /\bnot\s+(?:be\s+)?bound\s+by\s+(?:the|this|that|any)\s+(?:[\w-]+\s+)?(?:agreement|deal|accord|truce|ceasefire|declaration)\b/gi,
    reason: "says it is not bound by an agreement: rejects the sides that made it",
    strength: 0.75,
    target: "none",
    fallback: ["agreement"],
  },
  {
    id: "rej.rejected",
    relation: "REJECTS",
    pattern:
      /\b(?:reject(?:ed|s|ing)?(?!\s+(?:the\s+|these\s+|those\s+|this\s+|all\s+|such\s+)?(?:[\w'-]+\s+){0,3}?(?:accusations?|allegations?|claims?|charges?|reports?)\b)|refus(?:ed|es|ing)\s+to\s+(?:meet|talk|negotiate|recogni[sz]e|accept|sit|engage)|ruled\s+out|rules\s+out|turn(?:ed|s)?\s+down|boycott(?:ed|s|ing)?|(?:withdr[ae]w|withdrawn|pulled\s+out|walked\s+out)\s+(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:talks|negotiations|mediations?|process|dialogue)|not\s+possible\s+to\s+(?:talk|hold|meet|negotiate))\b/gi,
    reason: "rejects the object's proposal, mediation or a meeting",
    strength: 0.75,
    target: "object",
    fallback: ["mutual"],
  },
  {
    id: "rej.object-first",
    relation: "REJECTS",
    pattern: new RegExp(`${OBJECT_FIRST}(?:rejected|refused|turned\\s+down|dismissed)\\b`, "g"),
    reason: "', an offer X rejected': X rejects the main clause's subject, who made the offer",
    strength: 0.75,
    target: "main",
  },
  // ── WARNS ───────────────────────────────────────────────────────────
  {
    id: "war.warned",
    relation: "WARNS",
    pattern: /\b(?:warn(?:ed|s|ing)?|caution(?:ed|s|ing)?)\b(?!\s+(?:[\w-]+ly\s+)?that\b)/gi,
    reason: "warns the object or against its action",
    strength: 0.8,
    target: "object",
  },
  {
    id: "war.warned-that",
    relation: "WARNS",
    pattern:
      /\b(?:warn(?:ed|s|ing)?|caution(?:ed|s|ing)?)\s+(?:[\w-]+ly\s+)?that\s+(?<obj>(?:[\w.'-]+\s+){1,6}?)(?:would|will|is|are|was|were|has|have|had|must|could|should|can|'s|faces?|risks?)\b/gi,
    reason: "'warned that X would ...': the warning is aimed at X, the subject of what follows",
    strength: 0.8,
    target: "inside",
  },
  {
    id: "war.consequences-for",
    relation: "WARNS",
    pattern: /\bwarn(?:ed|s|ing)?\b[^.;]{0,100}?\bconsequences\s+for\s+(?<obj>[^.;,]{1,40})/gi,
    reason: "'warned that ... would have consequences for X': the warning is aimed at X",
    strength: 0.75,
    target: "inside",
  },
  // ── CONDEMNS ────────────────────────────────────────────────────────
  {
    id: "cnd.condemned",
    relation: "CONDEMNS",
    pattern:
      /\b(?:condemn(?:ed|s|ing|ation\s+of)?|denounc(?:ed|es|ing|e)|criticiz(?:ed|es|ing|e)|criticis(?:ed|es|ing|e)|slam(?:med|s|ming)?|decr(?:ied|ies|y)|deplor(?:ed|es|ing|e)|lambast(?:ed|s)?|censur(?:ed|es))\b(?!\s+(?:the|these|those|this|overnight|latest|recent|renewed)\s+(?:[\w-]+\s+){0,2}?(?:strikes?|air\s*strikes?|attacks?|shelling|bombing|bombardment|raids?|offensive|incursions?|assault)\s+(?:as|and(?!\s+(?:accus|blam|held)))\b)/gi,
    reason:
      "condemns or criticises the object (condemning 'the strikes as a violation of Y's sovereignty' or 'the raid and voiced solidarity with Y' condemns the attacker, see cnd.condemned-attack, not Y)",
    strength: 0.85,
    target: "object",
  },
  {
    id: "cnd.object-first",
    relation: "CONDEMNS",
    pattern: new RegExp(
      `${OBJECT_FIRST}(?:condemned|denounced|critici[sz]ed|slammed|deplored|protested)\\b`,
      "g",
    ),
    reason: "', a move X condemned': X condemns the main clause's subject, who made the move",
    strength: 0.8,
    target: "main",
  },
  {
    id: "cnd.condemned-attack",
    relation: "CONDEMNS",
    pattern:
      /\b(?:condemn(?:ed|s|ing)?|denounc(?:ed|es|ing|e)|deplor(?:ed|es|ing|e)|criticis(?:ed|es|ing|e)|criticiz(?:ed|es|ing|e))\s+(?:(?:the|these|those|this|overnight|latest|recent|renewed)\s+(?:[\w-]+\s+){0,2}?(?:strikes?|air\s*strikes?|attacks?|shelling|bombing|bombardment|raids?|offensive|incursions?|assault|killings?|launch(?:es)?|missile\s+tests?|seizures?|takeover|invasion|(?:military\s+)?operation)\b|(?:them|it)\s+as\s+(?:an?\s+)?(?:act\s+of\s+(?:war|aggression)|aggression|war\s+crimes?|terrorism|(?:flagrant\s+|blatant\s+)?violation))/gi,
    reason: "condemning the strikes condemns whoever carried them out: the attacker last reported",
    strength: 0.75,
    target: "none",
    fallback: ["attacker"],
  },
  {
    id: "cnd.called-attack",
    relation: "CONDEMNS",
    pattern:
      /\b(?:call(?:ed|s|ing)|describ(?:ed|es|ing))\s+(?:the|this|these|that)\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|shelling|bombing|bombardment|raids?|incursions?|invasion|killings?|seizures?|takeover|incident|operation)\b(?:\s+of\s+[\w-]+)?\s+(?:as\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:act|crime|massacre|violation|aggression|provocation|atrocity|outrage|unforgivable|unacceptable|inhumane|barbaric|cowardly|criminal|heinous|intolerable)\b/gi,
    reason: "calling the strikes an inhumane act or unforgivable condemns whoever carried them out",
    strength: 0.75,
    target: "none",
    fallback: ["attacker"],
  },
  {
    id: "cnd.disregard-for",
    relation: "CONDEMNS",
    pattern:
      /\b(?:show(?:ed|s)?|demonstrat(?:ed|es)|reflect(?:ed|s)?|prov(?:ed|es)|reveal(?:ed|s)?|expos(?:ed|es))\s+(?<obj>[^.;]{1,40}?)(?:'s?)?\s+(?:[\w-]+\s+)?(?:disregard|contempt|disdain)\s+for\b/gi,
    reason: "saying an act showed a party's disregard for law criticises that party",
    strength: 0.7,
    target: "inside",
  },
  {
    id: "cnd.protest-summons",
    relation: "CONDEMNS",
    pattern:
      /\b(?:(?:lodged|filed|registered|issued|delivered)\s+(?:a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:diplomatic\s+)?protests?|protest(?:ed|s)?\s+(?:against|to)|(?<!\b(?:was|were|been|being|is|are)\s+(?:[\w-]+ly\s+)?)summon(?:ed|s|ing)?)\b/gi,
    reason: "a protest or a summons of a diplomat counts as condemnation",
    strength: 0.8,
    target: "object",
  },
  // ── ACCUSES ─────────────────────────────────────────────────────────
  {
    id: "acc.accused",
    relation: "ACCUSES",
    pattern:
      /\b(?:accus(?:ed|es|ing|e)|blam(?:ed|es|ing|e)|held\s+[\w-]+\s+responsible|hold\s+[\w-]+\s+responsible|(?:exchang(?:ed|e|ing)|trad(?:ed|e|ing))\s+(?:[\w-]+\s+)?(?:accusations|blame))\b(?!\s+by\b)/gi,
    reason: "accuses or blames the object",
    strength: 0.85,
    target: "object",
    fallback: ["mutual"],
  },
  {
    id: "acc.violated",
    relation: "ACCUSES",
    pattern:
      /\b(?:saying|said|says|charged|complained|alleged|claimed)\s+(?:that\s+)?(?<obj>[^.;]{1,60}?)\s+(?:had|has|have)?\s*(?:repeatedly\s+|again\s+|also\s+)?(?:violated|breached|broken|broke)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:ceasefire|cease-fire|truce|agreement|deal|accord|sovereignty|airspace|commitments)\b/gi,
    reason: "saying a party violated a truce, deal or sovereignty accuses it",
    strength: 0.75,
    target: "inside",
  },
  {
    id: "acc.accused-by",
    relation: "ACCUSES",
    pattern: /\b(?:accused|blamed)\s+by\b/gi,
    reason: "passive: the agent after 'by' accuses the subject",
    strength: 0.85,
    source: "agent",
    target: "subject",
  },
  {
    id: "att.accused-each-other",
    relation: "ATTACKS",
    pattern:
      /\b(?:accus(?:ed|e|ing)|blam(?:ed|e|ing))\s+each\s+other\s+(?:of|for)\s+(?:[\w-]+\s+)?(?:firing|opening\s+fire|starting\s+the\s+(?:fighting|clashes|war))\b/gi,
    reason: "sides accusing each other of firing first each claim an attack by the other",
    strength: 0.7,
    target: "none",
    fallback: ["mutual"],
  },
  {
    id: "acc.each-other",
    relation: "ACCUSES",
    pattern: /\b(?:accus(?:ed|e|ing)|blam(?:ed|e|ing))\s+(?:each\s+other|one\s+another)\b/gi,
    reason: "sides accusing each other: each accuses the other",
    strength: 0.9,
    target: "none",
    fallback: ["mutual"],
  },
  {
    id: "acc.complicit",
    relation: "ACCUSES",
    pattern:
      /\b(?:mak(?:ing|es|e)|made|call(?:ed|s|ing)?|consider(?:ed|s)?|holding|held|holds|hold)\s+(?<obj>(?:[\w.'-]+\s+){1,4}?)(?:complicit|responsible|accountable)\b/gi,
    reason: "calling the object complicit in or responsible for wrongdoing",
    strength: 0.8,
    target: "inside",
  },
  // ── THREATENS ───────────────────────────────────────────────────────
  {
    id: "thr.threatened",
    relation: "THREATENS",
    pattern:
      /\b(?:threat(?:en(?:ed|s|ing)?)|vow(?:ed|s|ing)?\s+to\s+(?:retaliate|respond|punish|destroy|crush|avenge)|vow(?:ed|s|ing)?\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:retaliation|revenge|reprisals?)|vow(?:ed|s|ing)?\s+(?:on\s+[A-Z]\w+\s+)?to\s+(?:drive|push|force|expel|retake|recapture|take\s+back|liberate|reclaim|remove)(?=[^.;]{1,80}?\bby\s+force\b)|(?:befitting|fitting|crushing|strong)\s+(?:reply|response)|will\s+(?:respond|retaliate|strike\s+back)|(?:a\s+)?(?:forceful|deterrent|decisive|crushing|harsh|severe)\s+(?:and\s+[\w-]+\s+)?response|consequences\s+will\s+be|(?:resolute|decisive|necessary)\s+(?:and\s+[\w-]+\s+)?measures|bounty|reward\s+to\s+whoever|military\s+drills?\s+(?:near|around|aimed))\b/gi,
    reason: "threatens the object with force, retaliation or measures",
    strength: 0.75,
    target: "object",
    fallback: ["opponents"],
  },
  {
    id: "thr.would-face",
    relation: "THREATENS",
    pattern:
      /\b(?:would|will)\s+(?:face\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:response|retaliation|punishment|counterattack)|(?:have\s+to\s+)?pay\s+(?:for\s+(?:it|this|that)|(?:a|the)\s+(?:heavy\s+|high\s+|dear\s+|steep\s+)?price))\b/gi,
    reason: "a speaker saying a party would face a (crushing) response threatens that party",
    strength: 0.7,
    source: "speaker",
    target: "subject",
  },
  {
    id: "thr.make-pay",
    relation: "THREATENS",
    pattern:
      /\bmake\s+(?<obj>(?:[\w.'-]+\s+){1,4}?)pay\s+(?:for\s+(?:it|this|that|its|their)|(?:a|the)\s+(?:heavy\s+|high\s+|dear\s+|steep\s+)?price)\b/gi,
    reason: "vowing to make a party pay (the price) threatens it",
    strength: 0.75,
    target: "inside",
    fallback: ["opponents"],
  },
  {
    id: "thr.reserves-right",
    relation: "THREATENS",
    pattern:
      /\b(?:reserv(?:ed|es|ing|e)\s+(?:its|their|the|his|her)\s+(?:full\s+)?right\s+to\s+(?:respond|retaliate|defend|take\s+(?:all\s+)?(?:necessary\s+|appropriate\s+)?(?:measures|steps|action))|(?:would|will)\s+not\s+(?:go|remain|be\s+left)\s+unanswered|(?:would|will)\s+not\s+go\s+unpunished)\b/gi,
    reason: "reserving the right to respond, or saying an act will not go unanswered, threatens the opponent",
    strength: 0.7,
    target: "object",
    fallback: ["attacker", "opponents"],
  },
  {
    id: "thr.would-resume",
    relation: "THREATENS",
    pattern:
      /\b(?:(?:would|will|vowed\s+to|threatened\s+to)\s+resume|vow(?:ed|s)?\s+to\s+(?:continue|press\s+on\s+with|intensify|expand))\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+)?(?:campaign|fighting|attacks|strikes|offensive|war|operations|bombing)\b/gi,
    reason: "saying it will resume the war or strikes threatens its opponent",
    strength: 0.7,
    target: "object",
    fallback: ["opponents"],
  },
  // ── SANCTIONS ───────────────────────────────────────────────────────
  {
    id: "san.sanctioned",
    relation: "SANCTIONS",
    pattern:
      /\b(?:sanction(?:ed|s|ing)?|impos(?:ed|es|ing)\s+(?:[\w-]+\s+){0,3}?(?:sanctions|tariffs|embargo|restrictions|a\s+ban|travel\s+bans|visa\s+bans|asset\s+freezes)|expel(?:led|s|ling)?|recall(?:ed|s|ing)?\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+)?(?:ambassadors?|envoys?|diplomats)|(?:recall|withdrawal|expulsion)\s+of\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+)?(?:ambassadors?|envoys?|diplomats)|downgrad(?:ed|es|ing)\s+(?:[\w-]+\s+){0,2}?(?:diplomatic\s+)?(?:relations|ties)|(?:cut|severed|sever|suspended|broke\s+off)\s+(?:[\w-]+\s+){0,2}?(?:diplomatic\s+)?(?:ties|relations)|(?:severing|cutting|breaking\s+off|severance|rupture)\s+of\s+(?:its\s+|their\s+|the\s+)?(?:diplomatic\s+)?(?:ties|relations)|downgrad(?:e|ed|es|ing)\s+(?:of\s+)?the\s+level\s+of\s+(?:the\s+)?(?:diplomatic\s+)?(?:representation|relations)|clos(?:ed|es|ing)\s+(?:[\w-]+\s+){0,2}?(?:border|airspace|embassy)|closure\s+of\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+)?(?:border|airspace|embassy)|(?:halt(?:ed|s)?|ban(?:ned|s)?)\s+(?:[\w-]+\s+)?imports)\b/gi,
    reason: "sanctions, expels or recalls envoys, cuts or downgrades ties",
    strength: 0.85,
    target: "object",
    fallback: ["mutual"],
  },
  {
    id: "san.envoy-to-leave",
    relation: "SANCTIONS",
    pattern:
      /\b(?:order(?:ed|s|ing)?|gave|give[sn]?|giving|told|tells|asked)\s+(?<obj>(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:ambassador|envoy|diplomats?|charg[eé]\s+d'affaires|consul)\b[^.;]{0,60}?)\s+(?:(?:\d+|one|two|three|four|five|six|seven|ten|\w+ty)[\s-]+(?:hours?|days?|weeks?)\s+)?to\s+leave\b/gi,
    reason:
      "ordering a country's envoy to leave, or giving him hours to leave, expels him: a sanction on his country",
    strength: 0.85,
    target: "inside",
  },
  {
    id: "san.measures-against",
    relation: "SANCTIONS",
    pattern:
      /\b(?:(?:economic|punitive|retaliatory|restrictive|trade|financial)\s+(?:measures|restrictions|penalties)\s+against|(?:suspension|suspend(?:ed|s|ing)?|halt(?:ed|s|ing)?|freez(?:e|es|ing)|froze)\s+(?:of\s+)?(?:all\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:transactions|trade|aid|assistance|budget(?:ary)?\s+support|flights|assets|(?:arms|weapons?)\s+(?:deliveries|supplies|sales|exports|shipments))\b)/gi,
    reason: "economic measures against a party, or suspending trade, aid or flights to it, sanction it",
    strength: 0.8,
    target: "object",
  },
  {
    id: "san.froze-assets",
    relation: "SANCTIONS",
    pattern:
      /\b(?:(?:froze|freez(?:e|es|ing)|block(?:ed|s|ing)?)\s+(?:all\s+)?(?<obj>[A-Z][\w-]+)\s+(?:government\s+|state\s+)?assets\b)/g,
    reason: "freezing a state's assets ('froze Iraqi assets') sanctions that state",
    strength: 0.8,
    target: "inside",
  },
  {
    id: "san.assets-ordered-frozen",
    relation: "SANCTIONS",
    pattern:
      /\border(?:ed|s|ing)?\s+(?:all\s+)?(?<obj>[A-Z][\w-]+)\s+(?:government\s+|state\s+)?assets\s+(?:[\w-]+\s+){0,5}?frozen\b/g,
    reason:
      "ordering a state's assets frozen ('ordered Iraqi assets in the country frozen') sanctions that state",
    strength: 0.8,
    target: "inside",
  },
  {
    id: "san.suspended-membership",
    relation: "SANCTIONS",
    pattern: /\bsuspend(?:ed|s|ing)\b(?=\s+(?:[\w'-]+\s+){1,3}?(?:membership|participation)\b)/gi,
    reason: "suspending a member from an organisation is a sanction on it",
    strength: 0.8,
    target: "object",
  },
  // ── ATTACKS ─────────────────────────────────────────────────────────
  {
    id: "att.attacked",
    relation: "ATTACKS",
    pattern:
      /(?<!\bunder\s+(?:an?\s+)?(?:[\w-]+\s+)?)(?<!\b(?:was|were|been|being|is|are|got)\s+(?:[\w-]+ly\s+)?)\b(?:(?:(?<!\b(?:the|these|those|such|an?|of|its|their|his|her|our|any|deadly|latest|recent|new|armed|military|possible|further|major|massive|retaliatory|ground|terrorist)\s+)(?<!\b(?:the|these|those|an?|its|their|this|that)\s+[\w-]*[^\Ws]\s+)attacks?\b|(?<!\beach\s+other\s+of\s+)attack(?:ed|ing))(?!\s+by)|launch(?:ed|es|ing)?\s+(?:[\w-]+\s+){0,4}?(?:attacks?|offensive|strikes?|assault|raids?|counterattack|invasion|incursions?|missiles?|rockets?|drones?)|(?:shell(?:ed|s|ing)|bomb(?:ed|s|ing|arded|ardment))(?<!\b(?:the|this|that|its|their|such)\s+\w+)|struck|invad(?:ed|es|ing|e)|fir(?:ed|es|ing)\s+(?:[\w-]+\s+){0,3}?(?:at|on|into)|hit|hits|raided|storm(?:ed|ing)(?!\s+(?:out|off|away|back|through\s+the\s+(?:region|night)))|(?<!\b(?:the|these|those|its|their|such|of|latest|recent|overnight|deadly|night)\s+)raids?|shot\s+down|shoot(?:s|ing)?\s+down|retaliat(?:ed|es|ing)\s+against|seiz(?:ed|es|ing|e)|captur(?:ed|es|ing|e)|(?<!\b(?:the|of|in|from|into)\s+)occup(?:ied|ies|y|ying)|destroy(?:ed|s|ing)?|(?<!\b(?:the|these|recent|targeted)\s+)kill(?:ed|s|ing)|injur(?:ed|ing)|advanc(?:ed|es|ing)\s+(?:on|into)|(?:ambush(?:ed|es|ing)|evict(?:ed|s|ing)|(?:drove|driv(?:e|es|ing)|forced)\s+out|abduct(?:ed|s|ing)|kidnapp?(?:ed|s|ing))(?!\s+by\b)|target(?:ed|ing)|targets(?!\s+(?:in|on|across|near|inside|belonging|of|at|around|throughout|along)\b|\s*[.,;:])|rammed)\b/gi,
    reason: "a military attack on the object; a party's attack with no named target hits its opponent",
    strength: 0.85,
    target: "object",
    fallback: ["opponents"],
    reportedAs: "ACCUSES",
  },
  {
    id: "att.attack-noun",
    relation: "ATTACKS",
    pattern:
      /(?<!\b(?:called|calls|calling|describ\w*|condemn\w*|denounc\w*|deplor\w*|critici[sz]\w*)\s+(?:the|this|that|these)\s+(?:[\w-]+\s+)?)\b(?:(?:air\s*)?strikes?\s+(?:on|against)|attacks?\s+(?:on|against)|invasion\s+of|occupation\s+of|destruction\s+of|aggression\s+(?:on|against)|act\s+of\s+(?:[\w-]+\s+)?aggression\s+against|onslaught|offensive\s+(?:on|against)|incursions?\s+into|bombardment\s+of|shelling\s+of)\b/gi,
    reason:
      "an attack named as a noun: its owner ('Israel's strikes on') or the subject that launched it attacks the object",
    strength: 0.8,
    source: "owner",
    target: "object",
    fallback: ["opponents"],
    reportedAs: "ACCUSES",
  },
  {
    id: "att.attacked-by",
    relation: "ATTACKS",
    pattern:
      /\b(?:was|were|been|being|is|are|got)\s+(?:[\w-]+ly\s+)?(?:attacked|shelled|bombed|bombarded|struck|targeted|hit|raided|rammed|fired\s+(?:on|at|upon))\s+by\b(?!\s+(?:the\s+|new\s+)?(?:[\w-]+\s+){0,2}?(?:tariffs?|sanctions|duties|levies|criticism|protests?|inflation|floods?|storms?|earthquakes?|drought)\b)/gi,
    reason: "passive: the agent after 'by' attacks the subject",
    strength: 0.8,
    source: "agent",
    target: "subject",
  },
  {
    id: "att.attack-by",
    relation: "ATTACKS",
    pattern:
      /(?<!\b(?:called|condemn\w*|denounc\w*|deplor\w*|critici[sz]\w*|protest\w*\s+against)\s+(?:what\s+(?:he|she|it|they|we)\s+called\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?)\b(?:attack|counterattack|counter-attack|assault|offensive|strikes?|shelling|raid|incursion|aggression)\s+by\b/gi,
    reason: "an attack by the agent on the subject",
    strength: 0.8,
    source: "agent",
    target: "subject",
  },
  {
    id: "att.returned-fire",
    relation: "ATTACKS",
    pattern: /\b(?:return(?:ed|s|ing)\s+(?:the\s+)?fire|fir(?:ed|es|ing|e)\s+back)\b/gi,
    reason: "returning fire attacks whoever fired first: the attacker last reported from another side",
    strength: 0.75,
    target: "none",
    fallback: ["attacker"],
  },
  {
    id: "att.exchanged-fire",
    relation: "ATTACKS",
    pattern:
      /\bexchang(?:ed|e|ing)\s+(?:heavy\s+|artillery\s+|gun\s+|cross-border\s+)?(?:fire|gunfire|strikes|blows)\b/gi,
    reason: "sides that exchanged fire each attacked the other",
    strength: 0.75,
    target: "object",
    fallback: ["mutual"],
  },
  {
    id: "att.fighting-between",
    relation: "ATTACKS",
    pattern:
      /\b(?:battles?|clashes|fighting|war|hostilities|skirmishes|exchanges\s+of\s+fire)\s+(?:[\w-]+\s+){0,4}?between\b/gi,
    reason: "fighting between two parties: each attacks the other",
    strength: 0.65,
    source: "none",
    target: "between",
    fallback: ["mutual"],
  },
];
