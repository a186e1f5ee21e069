#!/usr/bin/env python3
"""Measures `serve`: from saving one page to the live-reload message, over N edits; prints each and the median.

Usage: tests/SiteGen.Benchmarks/serve-latency.py [--site DIR] [--page REL] [--edits 20] [--sitegen CMD] [--index-request]
Copies the site (site-content/ + templates/) to a temp folder, starts `SiteGen serve` there, listens to
/__sitegen/events and edits the page's body once per round. Also prints the server's own figure per edit
("Rebuilt in N ms": from the first change event to the new site being served) and the median of each stage.
With --index-request, after each reload it also times a GET of search-index/meta.json (serve merges the search index
on that first request, not in the rebuild), as a reader typing in the box right after the reload would.
"""
import argparse, os, re, shutil, socket, statistics, subprocess, sys, tempfile, threading, time, urllib.request

root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
parser = argparse.ArgumentParser()
parser.add_argument("--site", default=root, help="folder holding site-content/ and templates/")
parser.add_argument("--page", default="site-content/roles/api-developer.md")
parser.add_argument("--edits", type=int, default=20)
parser.add_argument("--index-request", action="store_true", help="time the first search-index/meta.json request after each reload")
parser.add_argument("--sitegen", default=None, help="command to run SiteGen (default: dotnet src/SiteGen/bin/Release/net10.0/SiteGen.dll)")
args = parser.parse_args()

work = tempfile.mkdtemp(prefix="sitegen-serve-latency-")
for folder in ("site-content", "templates"):
    shutil.copytree(os.path.join(args.site, folder), os.path.join(work, folder))
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
command = (args.sitegen.split() if args.sitegen else ["dotnet", os.path.join(root, "src/SiteGen/bin/Release/net10.0/SiteGen.dll")])
server = subprocess.Popen(command + ["serve", "--port", str(port)], cwd=work, env={**os.environ, "SITEGEN_TIMINGS": "1"}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
try:
    for line in server.stdout:
        if "Serving" in line:
            print(line.strip())
            break
    server_lines = []
    reader = threading.Thread(target=lambda: server_lines.extend(server.stdout), daemon=True)
    reader.start()
    events = urllib.request.urlopen(f"http://127.0.0.1:{port}/__sitegen/events", timeout=30)
    assert events.readline().decode().startswith(": connected")
    page = os.path.join(work, args.page)
    original = open(page, encoding="utf-8").read()
    times = []
    index_times = []
    for i in range(args.edits):
        time.sleep(0.3)
        start = time.perf_counter()
        with open(page, "w", encoding="utf-8") as f:
            f.write(original + f"\nEdit number {i}.\n")
        while True:
            line = events.readline().decode()
            if line.startswith("event: reload"):
                break
        times.append((time.perf_counter() - start) * 1000)
        events.readline(); events.readline()  # data line and blank line
        if args.index_request:
            start = time.perf_counter()
            urllib.request.urlopen(f"http://127.0.0.1:{port}/search-index/meta.json", timeout=60).read()
            index_times.append((time.perf_counter() - start) * 1000)
    print("edits:", " ".join(f"{t:.0f}" for t in times), "ms")
    print(f"save -> reload message: median {statistics.median(times):.1f} ms, min {min(times):.1f} ms, max {max(times):.1f} ms over {len(times)} edits")
    if index_times:
        print("first meta.json request after the reload:", " ".join(f"{t:.0f}" for t in index_times), "ms")
        print(f"first meta.json request after the reload: median {statistics.median(index_times):.1f} ms over {len(index_times)} edits")
    time.sleep(0.5)
    server.terminate()
    server.wait(timeout=10)
    reader.join(timeout=5)
    lines = [l.rstrip("\n") for l in server_lines]
    rebuilt = [float(m.group(1)) for l in lines if (m := re.match(r"Rebuilt in (\d+) ms", l))]
    stages = {}
    for i, l in enumerate(lines):
        if l.startswith("Rebuilt") and i + 1 < len(lines):
            for name, ms in re.findall(r"(\w+) ([\d.]+) ms", lines[i + 1]):
                stages.setdefault(name, []).append(float(ms))
    if rebuilt:
        print("server, change seen -> served:", " ".join(f"{t:.0f}" for t in rebuilt), "ms")
        print(f"server, change seen -> served: median {statistics.median(rebuilt):.1f} ms over {len(rebuilt)} rebuilds")
    if stages:
        print("stage medians:", "  ".join(f"{k} {statistics.median(v):.1f} ms" for k, v in stages.items()))
    others = [l for l in lines if not l.startswith(("Rebuilt", "  load"))]
    if others:
        print(f"server also said ({len(others)} lines):", *others[:10], sep="\n  ")
    if len(rebuilt) != args.edits:
        print(f"note: {len(rebuilt)} rebuilds for {args.edits} edits (a save seen in two parts gives two)")
    for l in lines[-2:]:
        print("server says:", l)
finally:
    if server.poll() is None:
        server.kill()
    shutil.rmtree(work, ignore_errors=True)
