import { describe, expect, it } from "vitest";
import { graphToSvg } from "../../../client/src/graph/svg-export.js";

describe("graphToSvg", () => {
  const nodes = [
    { id: "armenia", label: "Armenia", kind: "state" as const, size: 30, x: 0, y: 0 },
    { id: "sergey-lavrov", label: "Sergey <Lavrov>", kind: "person" as const, size: 20, x: 200, y: 50 },
  ];

  it("draws each edge in its type's colour and polarity's dash, arrows only on directed types", () => {
    const svg = graphToSvg(nodes, [
      { source: "sergey-lavrov", target: "armenia", type: "CALLS_FOR_CEASEFIRE", width: 2 },
      { source: "armenia", target: "sergey-lavrov", type: "ACCUSES", width: 2 },
      { source: "armenia", target: "sergey-lavrov", type: "TALKS_WITH", width: 2 },
    ]);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('stroke="#7c8da6" stroke-width="2" stroke-opacity="0.85" stroke-dasharray="6 3"');
    expect(svg).toContain('stroke="#d62828" stroke-width="2" stroke-opacity="0.85" stroke-dasharray="2 3"');
    expect(svg).toContain('marker-end="url(#arrow-ACCUSES)"');
    expect(svg).not.toContain("arrow-TALKS_WITH");
  });

  it("draws kinds as their shapes and escapes labels", () => {
    const svg = graphToSvg(nodes, []);
    expect(svg).toContain('<circle cx="0" cy="0" r="15"');
    expect(svg).toContain("<polygon points=");
    expect(svg).toContain("Sergey &lt;Lavrov&gt;");
  });
});
