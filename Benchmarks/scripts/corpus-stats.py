#!/usr/bin/env python3
"""Summary of corpus events (`letopis events --format json` lines): events per mention, cluster sizes, and the
largest events with each mention's sentence and reason, for reading merges by eye.

  corpus-stats.py EVENTS.jsonl [POSTS.jsonl [N]]

POSTS.jsonl (id, text) lets it print sentences; N is how many of the largest events to show (default 10).
"""
import collections, json, sys


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    events = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
    texts = {}
    if len(sys.argv) > 2:
        for line in open(sys.argv[2], encoding="utf-8"):
            if line.strip():
                d = json.loads(line)
                texts[str(d["id"])] = d.get("text", "")
    show = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    mentions = sum(e["num_mentions"] for e in events)
    sizes = collections.Counter(e["num_mentions"] for e in events)
    print(f"mentions {mentions}  events {len(events)}  events per mention {len(events) / max(mentions, 1):.3f}")
    print("cluster sizes", dict(sorted(sizes.items())))
    for e in sorted(events, key=lambda e: (-e["num_mentions"], e["id"]))[:show]:
        if e["num_mentions"] < 2:
            break
        names = lambda xs: ", ".join(a["name"] for a in xs)
        print(f"\n{e['id']}  {e['type']}{'/' + e['mode'] if e.get('mode') else ''}  {e['date']['value']}  "
              f"[{names(e['actors'])}] -> [{names(e['recipients'])}]  mentions {e['num_mentions']}, sources {e['num_sources']}")
        for m in e["mentions"]:
            s = m.get("sentence") or {}
            sentence = texts.get(m["document"], "")[s.get("start", 0):s.get("end", 0)].replace("\n", " ")
            print(f"  {m['event']}  {sentence[:140]}\n      {m['reason']}")


if __name__ == "__main__":
    main()
