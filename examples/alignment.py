#!/usr/bin/env python3
"""Who stands with whom, and who mediates, from the diplograph API — Python 3.9+, standard library.

    python3 examples/alignment.py [FROM] [TO]          e.g. 2020-09-27 2020-11-10
    DIPLOGRAPH_URL=http://host:8080 python3 examples/alignment.py

Prints the country blocs and the strongest pairs of a window and the most conflictual dyad's
mediators with one sentence each; with networkx installed, also loads the country graph
(format=node-link) and prints the most central countries.
"""
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

BASE = os.environ.get("DIPLOGRAPH_URL", "http://localhost:8080")
args = sys.argv[1:]
window = {"level": "country", **({"from": args[0]} if len(args) > 0 else {}), **({"to": args[1]} if len(args) > 1 else {})}


def get(path, **params):
    url = f"{BASE}{path}?{urllib.parse.urlencode({**window, **params})}"
    try:
        with urllib.request.urlopen(url) as res:
            return json.load(res)
    except urllib.error.HTTPError as e:
        # Every error has one shape: {"error": {"code", "message", "details"?, "requestId"}}.
        error = json.load(e)["error"]
        raise SystemExit(f"{path}: {e.code} {error['code']}: {error['message']}")


alignment = get("/api/analytics/alignment")
label = {a["id"]: a["label"] for a in alignment["actors"]}
balance = alignment["balance"]
print(f"Blocs (balance: {balance['balanced']} of {balance['triangles']} signed triangles)")
for bloc in alignment["blocs"]:
    print(f"  bloc {bloc['bloc']}: " + ", ".join(label.get(m, m) for m in bloc["members"]))
print("Strongest pairs (score in (-1, 1): - hostile, + aligned)")
for p in alignment["pairs"][:5]:
    print(f"  {label.get(p['a'], p['a'])} – {label.get(p['b'], p['b'])}: {p['score']:.2f} ({p['evidenceCount']} statements)")

dyads = get("/api/analytics/dyads", limit=1)["dyads"]
if dyads:
    a, b = dyads[0]["a"], dyads[0]["b"]
    mediation = get("/api/analytics/mediation", a=a["id"], b=b["id"], limit=5, evidencePerSide=1)
    print(f"Mediators between {a['label']} and {b['label']}")
    for m in mediation["mediators"]:
        samples = m["evidence"]["a"] + m["evidence"]["b"]
        print(f"  {m['label']} ({m['score']:.2f})" + (f": “{samples[0]['sentence']}”" if samples else ""))

try:
    import networkx as nx
except ImportError:
    print("(install networkx to load the graph itself: format=node-link)")
else:
    # A multigraph with one edge per relation type; centrality on the simple graph of who is tied to whom.
    g = nx.node_link_graph(get("/api/graph/neighborhood", format="node-link"))
    central = sorted(nx.degree_centrality(nx.Graph(g)).items(), key=lambda kv: -kv[1])[:5]
    print("Most connected:", ", ".join(f"{g.nodes[n].get('label', n)} {c:.2f}" for n, c in central) or "nobody")
