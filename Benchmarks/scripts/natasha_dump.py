#!/usr/bin/env python3
"""Runs natasha 1.6.0 (slovnet news_v1 models) on a folder of .txt files and dumps,
per document, razdel's tokens and sentences with natasha's morph tags, syntax arcs
and NER spans, as JSON Lines (offsets in Unicode code points, end exclusive).

  natasha_dump.py OUT.jsonl DIR [DIR...]         dump
  natasha_dump.py --time N DIR [DIR...] [--no-normalise]   time the pipeline (N repetitions)

Letopis' `letopis tag --replay` reads the tokens back so that both sides tag the
same tokens; Benchmarks/scripts/neural-compare.sh compares the outputs.
"""
import glob, io, json, os, resource, sys, time

from natasha import (Segmenter, MorphVocab, NewsEmbedding, NewsMorphTagger,
                     NewsSyntaxParser, NewsNERTagger, Doc)


def texts(dirs):
    for d in dirs:
        for path in sorted(glob.glob(os.path.join(d, "*.txt"))):
            with io.open(path, encoding="utf-8", newline="") as f:
                yield os.path.basename(path)[:-4], f.read()


def main():
    args = sys.argv[1:]
    seg = Segmenter()
    emb = NewsEmbedding()
    morph = NewsMorphTagger(emb)
    syntax = NewsSyntaxParser(emb)
    ner = NewsNERTagger(emb)
    vocab = MorphVocab()
    if args[0] == "--time":
        reps, dirs = int(args[1]), args[2:]
        normalise = "--no-normalise" not in sys.argv
        dirs = [d for d in dirs if d != "--no-normalise"]
        docs = list(texts(dirs))
        runs, cpus = [], []
        for _ in range(reps):
            t0, c0 = time.perf_counter(), time.process_time()
            ntok = 0
            for _id, text in docs:
                doc = Doc(text)
                doc.segment(seg)
                doc.tag_morph(morph)
                doc.parse_syntax(syntax)
                doc.tag_ner(ner)
                if normalise:
                    for span in doc.spans:
                        span.normalize(vocab)
                ntok += len(doc.tokens)
            runs.append(time.perf_counter() - t0)
            cpus.append(time.process_time() - c0)
        runs.sort(); cpus.sort()
        med, cpu = runs[len(runs) // 2], cpus[len(cpus) // 2]
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps({"docs": len(docs), "tokens": ntok, "normalise": normalise, "median_s": med,
                          "docs_per_s": len(docs) / med, "tokens_per_s": ntok / med,
                          "best_docs_per_s": len(docs) / runs[0],
                          "docs_per_cpu_s": len(docs) / cpu, "tokens_per_cpu_s": ntok / cpu,
                          "peak_rss_mb": rss, "loadavg": open("/proc/loadavg").read().strip()}))
        return
    out, dirs = args[0], args[1:]
    with io.open(out, "w", encoding="utf-8") as f:
        for doc_id, text in texts(dirs):
            doc = Doc(text)
            doc.segment(seg)
            doc.tag_morph(morph)
            doc.parse_syntax(syntax)
            doc.tag_ner(ner)
            index = {id(t): i for i, t in enumerate(doc.tokens)}
            sents = []
            for s in doc.sents:
                idx = [index[id(t)] for t in s.tokens]
                sents.append([idx[0], idx[-1] + 1] if idx else [0, 0])
            toks, tags, arcs = [], [], []
            for t in doc.tokens:
                toks.append([t.start, t.stop])
                feats = "|".join("%s=%s" % (k, t.feats[k]) for k in t.feats) if t.feats else ""
                tags.append([t.pos, feats])
                head = t.head_id.split("_")[1]
                arcs.append([int(head), t.rel])
            spans = [[s.start, s.stop, s.type] for s in doc.spans]
            f.write(json.dumps({"id": doc_id, "text": text, "tokens": toks, "sents": sents,
                                "morph": tags, "syntax": arcs, "ner": spans},
                               ensure_ascii=False) + "\n")


main()
