#!/usr/bin/env python3
"""Normalisation accuracy against FactRuEval's coreference names.

For every gold entity of the devset's .coref files that has a name (people:
firstname + lastname, or lastname alone; organisations and places: name), find
the predicted actor whose mentions overlap the gold entity's mentions most, and
compare its canonical name with the gold name (case-insensitive, ё = е).

Usage: letopis extract DEVSET --format json > OUT.jsonl
       python3 Benchmarks/scripts/normalisation-eval.py DEVSET OUT.jsonl [-v]
"""
import json, os, sys, glob
from collections import defaultdict

def fold(s):
    return ' '.join(s.lower().replace('ё', 'е').replace('\u2011', '-').replace('.', ' ').split())

def read_blocks(path):
    block = []
    for line in open(path, encoding='utf8'):
        line = line.rstrip('\n')
        if not line.strip():
            if block: yield block
            block = []
        else:
            block.append(line)
    if block: yield block

def main():
    devset, pred_path = sys.argv[1], sys.argv[2]
    verbose = '-v' in sys.argv
    kinds = [a for a in sys.argv[3:] if a in ('PER', 'ORG', 'LOC')] or ['PER', 'ORG', 'LOC']
    pred = {}
    for line in open(pred_path, encoding='utf8'):
        d = json.loads(line); pred[d['id']] = d
    stats = defaultdict(lambda: [0, 0, 0])  # type -> [correct, found, gold]
    for coref in sorted(glob.glob(os.path.join(devset, '*.coref'))):
        base = coref[:-6]; doc = os.path.basename(base)
        spans = {}
        for line in open(base + '.spans', encoding='utf8'):
            p = line.split()
            if len(p) >= 4: spans[p[0]] = (int(p[2]), int(p[2]) + int(p[3]))
        objects = {}
        for line in open(base + '.objects', encoding='utf8'):
            head = line.split('#')[0].split()
            if len(head) >= 3:
                ss = [spans[s] for s in head[2:] if s in spans]
                if ss: objects[head[0]] = (head[1], (min(a for a, _ in ss), max(b for _, b in ss)))
        d = pred.get(doc, {})
        ents = d.get('entities', []); actors = d.get('actors', [])
        for block in read_blocks(coref):
            ids = block[0].split()[1:]
            keys = dict(l.split(' ', 1) for l in block[1:] if ' ' in l)
            mentions = [objects[i] for i in ids if i in objects]
            if not mentions: continue
            typ = mentions[0][0]
            if typ == 'Person':
                if 'lastname' not in keys: continue
                gold = ' '.join(x for x in [keys.get('firstname'), keys.get('patronymic'), keys.get('lastname')] if x)
                kind = 'PER'
            elif 'name' in keys:
                gold = keys['name']; kind = 'ORG' if typ == 'Org' else 'LOC'
            else:
                continue
            stats[kind][2] += 1
            votes = defaultdict(int)
            for _, (s, e) in mentions:
                for m in ents:
                    if m.get('entity') is not None and m['start'] < e and s < m['end']: votes[m['entity']] += 1
            if not votes:
                if verbose: print(f'{doc}\tMISSED\t{gold}')
                continue
            stats[kind][1] += 1
            best = max(votes, key=votes.get)
            name = next((a['name'] for a in actors if a['id'] == best), '')
            # Word order is free (FactRuEval writes Chinese names surname last); a surname-only gold
            # entity matches a predicted name ending in that surname.
            ok = sorted(fold(name).split()) == sorted(fold(gold).split()) or \
                (kind == 'PER' and 'firstname' not in keys and fold(name).split()[-1:] == fold(gold).split()[-1:])
            if ok: stats[kind][0] += 1
            elif verbose and kind in kinds: print(f'{doc}\t{kind}\tgold={gold}\tpred={name}')
    print(f"{'type':6} {'correct':>8} {'found':>6} {'gold':>6} {'acc(found)':>11} {'acc(gold)':>10}")
    for k in ['PER', 'ORG', 'LOC']:
        c, f, g = stats[k]
        print(f"{k:6} {c:8d} {f:6d} {g:6d} {c / f if f else 0:11.4f} {c / g if g else 0:10.4f}")
    c, f, g = stats['PER']
    print(f"person normalisation accuracy = {c / f if f else 0:.4f}")

if __name__ == '__main__':
    main()
