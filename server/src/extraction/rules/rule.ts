/** The shape of a relation rule: data the engine in stages/relations.ts applies. */
import type { RelationType } from "../../domain/relations.js";

/**
 * Where the targets come from:
 * - `object`: the first actor after the trigger in its clause, with those joined to it;
 * - `inside`: actors inside the trigger's `obj` group ("called on <obj> to cease");
 * - `between`: "between A and B" after the trigger, else anywhere in the sentence;
 * - `subject`: the actor before the trigger (used with `source: "agent"` or `"speaker"`);
 * - `main`: the first actor of the sentence, the main clause's subject (", a move X condemned");
 * - `none`: the wording names no target; only the fallback applies.
 */
export type TargetSlot = "object" | "inside" | "between" | "subject" | "main" | "none";

/**
 * When the slot is empty: the conflict's parties (all of them, or the source's opponents), the
 * other members of a joined subject (`mutual`), the first other actor the sentence names (`others`),
 * or the two sides of the talks last reported when the trigger says "the talks" (`talks`).
 */
export type Fallback = "parties" | "opponents" | "mutual" | "others" | "talks" | Recalled;

/**
 * Fallbacks read from context: the first joined group in the sentence that spans two sides (`pair`:
 * "A and B agreed ... under a deal brokered by X"), the two sides of the agreement or truce last
 * reported (`agreement`: "X welcomed the deal"), or whoever last accused the source (`accuser`:
 * "Y denied the accusation"), or whoever last attacked from another side (`attacker`: "X condemned the strikes").
 */
export type Recalled = "pair" | "agreement" | "accuser" | "attacker";

export interface RelationRule {
  id: string;
  relation: RelationType;
  /** The trigger, matched case-insensitively against the sentence. */
  pattern: RegExp;
  reason: string;
  /** How much the wording alone commits to the relation, in [0, 1]. */
  strength: number;
  /**
   * Who acts: the subject before the trigger (default), the possessor of a noun trigger or the
   * subject that launched it (`owner`: "Iran's strikes on", "X carried out strikes on"), the agent after "by"/"from" (`agent`),
   * actors glued before it ("US-brokered": `adjacent`), the reporting speaker, or nobody
   * (`none`: the "between A and B" pair acts on itself, each toward the other).
   */
  source?: "subject" | "owner" | "agent" | "adjacent" | "speaker" | "none";
  target: TargetSlot;
  fallback?: readonly Fallback[];
  /**
   * When the one reporting the relation is on its receiving side ("Iran said Israel struck
   * Iran"), the report itself is this relation from the reporter to the source (ACCUSES).
   */
  reportedAs?: RelationType;
  /**
   * Which sides the object must span: `many` (two or more), `opposed` (both parties of the conflict:
   * "hosted the Thai and Cambodian leaders" is hosting talks between them), `unopposed` (anything else:
   * "hosted the French and British leaders" is a meeting with each).
   */
  objectSides?: "many" | "opposed" | "unopposed";
  /**
   * When the source and the target are the conflict's two parties (not merely a pair the article shows
   * at odds: a third party that condemned one side still appeals), the target is named alone (an appeal to "both
   * sides" is a third party's) and the trigger makes a concrete demand (`when`: withdraw, release, hand over), the
   * wording is `relation` instead. ontology.md: third parties appeal; "DEMANDS only when a concrete demand is
   * made" — a party's "stop the shelling" stays an appeal.
   */
  betweenOpponents?: { relation: RelationType; when: RegExp };
  /** The same for the subject: "the Congolese and Rwandan presidents called for a truce" declares one. */
  subjectSides?: "opposed" | "unopposed";
}
