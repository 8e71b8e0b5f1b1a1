/**
 * The values that flow between the pipeline's stages. Each stage is a pure function
 * from one of these to the next; nothing here is mutated after it is returned.
 */
import type { Actor } from "../domain/actors.js";
import type { Office } from "./gazetteer/office-holder.js";

export interface Sentence {
  /** Offsets into the normalised text: [start, end). */
  start: number;
  end: number;
  text: string;
}

/** A word or punctuation token, offsets relative to its sentence. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  isWord: boolean;
  capitalised: boolean;
}

/** What a stretch of text points at before coreference fills in the gaps. */
export type MentionRef =
  | { kind: "actor"; actor: Actor; certainty: number; via: string; office?: Office }
  | { kind: "place"; affiliation: string; name: string; via: string }
  /** "he", "its", "the minister", "the Iranian President", "his country" */
  | {
      kind: "anaphor";
      form: "person" | "thing" | "country" | "plural" | "speaker";
      office?: Office;
      /** The title as written, normalised ("President"): picks the holder where offices differ by country. */
      title?: string;
      affiliation?: string;
      bodyClass?: string;
      /** "its Defense Ministry": the body of the antecedent's state, not the antecedent itself. */
      ownedBody?: boolean;
      via: string;
    }
  /** "the two sides", "both countries": the parties of the conflict in context. */
  | { kind: "parties"; via: string };

export interface Mention {
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
  text: string;
  ref: MentionRef;
  /** Possessive ("Iran's", "his"): the mention owns what follows. */
  possessive: boolean;
  /** A demonym used as an adjective ("Chinese tourists"): it may own a trigger, never be a subject. */
  modifier?: boolean;
}

/** A mention after coreference: the actors it stands for (two for "the two sides"). */
export interface ResolvedMention {
  start: number;
  end: number;
  text: string;
  actors: Actor[];
  certainty: number;
  /** Which gazetteer entry, pattern or coreference step produced it. */
  via: string;
  possessive: boolean;
  /** A demonym used as an adjective ("Chinese tourists"): it may own a trigger, never be a subject. */
  modifier?: boolean;
  /** A place standing for the state or group that holds it. */
  place: boolean;
  /** Pronoun or description resolved by coreference. */
  anaphoric: boolean;
}

export interface AnalysedSentence extends Sentence {
  mentions: ResolvedMention[];
}
