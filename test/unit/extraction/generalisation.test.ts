/** Table-driven cases for the generalisation rules (see generalisation-cases.ts). */
import { describe, expect, it } from "vitest";
import { GENERALISATION_CASES } from "./generalisation-cases.js";
import { run } from "./helpers.js";

describe("generalisation rules", () => {
  it.each(GENERALISATION_CASES)(
    "$rule: $source $type $target",
    ({ text, source, type, target, rule, future }) => {
      expect(run(text)).toContainEqual(
        expect.objectContaining({ source, type, target, rule, future: future ?? false }),
      );
    },
  );
});
