import { applyRule } from "./stages/relations.js";
import { RELATION_RULES } from "./rules/relation-rules.js";
import { createExtractor } from "./extractor.js";
const rule = RELATION_RULES.find((r) => r.id === "cft.only-through-dialogue")!;
const text = "Putin said the conflict between Armenia and Azerbaijan must be resolved through negotiations.";
const m = [...text.matchAll(rule.pattern)];
console.log(m.map((x) => [x.index, x[0]]));
