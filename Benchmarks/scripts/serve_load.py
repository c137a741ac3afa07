#!/usr/bin/env python3
"""Load on loopback: wrk against GET /api/events and GET /api/events/{id} of a `letopis serve` it starts
over DB, at several connection counts, RUNS runs each; prints the median requests/s, p50 and p99 latency,
the server's and wrk's CPU-seconds per 1,000 requests (from /proc and wait4: far less sensitive to other load
on the machine than requests/s), the requests/s two quiet cores would give at that cost (an estimate:
2 core-seconds / (server + wrk CPU per request), as loopback serving is CPU-bound) and the load average.

With --ingest FILE it then starts `letopis ingest FILE --db DB` (the same database, a separate process,
as in production) and measures again while the ingest writes, reporting the change.

Usage: serve_load.py LETOPIS DB [--seconds 10] [--connections 8,32,64] [--runs 3] [--ingest FILE]
       [--ingest-jobs 1] [--port 18933]
"""
import argparse
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    """User + system CPU seconds of a process (fields 14 and 15 of /proc/PID/stat)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def load_average():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def to_ms(value):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def wrk(url, connections, seconds, server_pid):
    before = cpu_seconds(server_pid)
    load_before = load_average()
    with tempfile.TemporaryFile("w+") as sink:
        process = subprocess.Popen(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url], stdout=sink)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            raise SystemExit(f"wrk failed ({process.returncode})")
        sink.seek(0)
        out = sink.read()
    cpu = cpu_seconds(server_pid) - before
    wrk_cpu = usage.ru_utime + usage.ru_stime
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    lat = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", out, re.M))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": to_ms(lat["50"]), "p99": to_ms(lat["99"]),
        "cpu_per_1000": 1000 * cpu / max(requests, 1),
        "wrk_cpu_per_1000": 1000 * wrk_cpu / max(requests, 1),
        "load": (load_before + load_average()) / 2,
        "non2xx": int(bad.group(1)) if bad else 0,
        "socket_errors": errors.group(1) if errors else "",
    }


def median_of(runs):
    keys = ["rps", "p50", "p99", "cpu_per_1000", "wrk_cpu_per_1000", "load"]
    row = {k: statistics.median(r[k] for r in runs) for k in keys}
    # What two cores could serve if the server and wrk had them to themselves (CPU-bound, as on loopback).
    row["rps_two_cores"] = 2 * 1000 / (row["cpu_per_1000"] + row["wrk_cpu_per_1000"])
    row["non2xx"] = sum(r["non2xx"] for r in runs)
    row["runs"] = len(runs)
    return row


def measure(routes, connections, seconds, runs, server_pid, label, still_running=None):
    rows = []
    for name, url in routes:
        for c in connections:
            results = []
            for _ in range(runs):
                results.append(wrk(url, c, seconds, server_pid))
            row = median_of(results)
            row.update(route=name, connections=c, phase=label)
            if still_running is not None:
                row["ingest_running_after"] = still_running()
            rows.append(row)
            print(f"{label:<16} {name:<28} c={c:<4} {row['rps']:>8.0f} req/s  p50 {row['p50']:7.2f} ms  "
                  f"p99 {row['p99']:7.2f} ms  server cpu {row['cpu_per_1000']:.3f} s/1000 req (wrk {row['wrk_cpu_per_1000']:.3f}; "
                  f"two quiet cores: {row['rps_two_cores']:.0f} req/s)  load {row['load']:.1f}  "
                  f"non-2xx {row['non2xx']}" + ("" if still_running is None else f"  ingest running: {row['ingest_running_after']}"),
                  flush=True)
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("letopis")
    parser.add_argument("db")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", default="8,32,64")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--ingest", help="JSON Lines to ingest into DB while measuring a second time")
    parser.add_argument("--ingest-jobs", type=int, default=1)
    parser.add_argument("--port", type=int, default=int(os.environ.get("LETOPIS_TEST_PORT", "18933")))
    parser.add_argument("--json", help="write the rows here")
    args = parser.parse_args()
    connections = [int(c) for c in args.connections.split(",")]
    work = tempfile.mkdtemp()
    log = open(os.path.join(work, "serve.log"), "w")
    server = subprocess.Popen([args.letopis, "serve", "--db", args.db, "--port", str(args.port)], stdout=log, stderr=log,
                              env={**os.environ, "LETOPIS_TOKEN": "load"})
    ingest = None
    try:
        base = f"http://127.0.0.1:{args.port}"
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/health", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        health = json.load(urllib.request.urlopen(base + "/health"))
        top = json.load(urllib.request.urlopen(base + "/api/events?limit=1&sort=sources"))["events"][0]["id"]
        routes = [("GET /api/events (page of 50)", base + "/api/events"),
                  ("GET /api/events/{id}", base + "/api/events/" + urllib.parse.quote(top, safe=""))]
        size = {name: len(urllib.request.urlopen(url).read()) for name, url in routes}
        print(f"database: {health.get('statistics')}; response bytes: {size}; "
              f"wrk -t2 -cC -d{args.seconds}s --latency, median of {args.runs}; server and wrk on one {os.cpu_count()}-core machine",
              flush=True)
        rows = measure(routes, connections, args.seconds, args.runs, server.pid, "idle")
        if args.ingest:
            ingest_log = open(os.path.join(work, "ingest.log"), "w")
            started = time.time()
            ingest = subprocess.Popen([args.letopis, "ingest", args.ingest, "--db", args.db, "--jobs", str(args.ingest_jobs)],
                                      stdout=ingest_log, stderr=ingest_log)
            time.sleep(2)
            during = measure(routes, connections, args.seconds, args.runs, server.pid, "during ingest",
                             still_running=lambda: ingest.poll() is None)
            code = ingest.wait()
            print(f"ingest exited {code} after {time.time() - started:.0f} s", flush=True)
            for before, after in zip(rows, during):
                print(f"change while ingesting: {before['route']:<28} c={before['connections']:<4} "
                      f"req/s {after['rps'] / before['rps']:.2f}x  p99 {before['p99']:.1f} -> {after['p99']:.1f} ms  "
                      f"cpu/1000 req {before['cpu_per_1000']:.3f} -> {after['cpu_per_1000']:.3f} s", flush=True)
            rows += during
        if args.json:
            with open(args.json, "w") as f:
                json.dump(rows, f, indent=1)
        with open(os.path.join(work, "serve.log")) as f:
            errors = [line for line in f if " error " in line]
        if errors:
            print("server errors:", *errors[:10], sep="\n")
            return 1
        return 0
    finally:
        for process in (ingest, server):
            if process is not None and process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()


if __name__ == "__main__":
    sys.exit(main())
