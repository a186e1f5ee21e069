#!/usr/bin/env python3
"""Measures `serve`: from saving one page to the live-reload message, over N edits; prints each and the median.

Usage: tests/SiteGen.Benchmarks/serve-latency.py [--site DIR] [--page REL] [--edits 20] [--sitegen CMD]
Copies the site (site-content/ + templates/) to a temp folder, starts `SiteGen serve` there, listens to
/__sitegen/events and edits the page's body once per round.
"""
import argparse, os, shutil, socket, statistics, subprocess, sys, tempfile, time, urllib.request

root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
parser = argparse.ArgumentParser()
parser.add_argument("--site", default=root, help="folder holding site-content/ and templates/")
parser.add_argument("--page", default="site-content/roles/api-developer.md")
parser.add_argument("--edits", type=int, default=20)
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
    events = urllib.request.urlopen(f"http://127.0.0.1:{port}/__sitegen/events", timeout=30)
    assert events.readline().decode().startswith(": connected")
    page = os.path.join(work, args.page)
    original = open(page, encoding="utf-8").read()
    times = []
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
    print("edits:", " ".join(f"{t:.0f}" for t in times), "ms")
    print(f"save -> reload message: median {statistics.median(times):.1f} ms, min {min(times):.1f} ms, max {max(times):.1f} ms over {len(times)} edits")
    server.terminate()
    tail = server.communicate(timeout=10)[0]
    lines = tail.splitlines()
    for i, l in enumerate(lines):
        if l.startswith("Rebuilt") and i >= len(lines) - 4:
            print("server says:", l, lines[i + 1] if i + 1 < len(lines) else "")
finally:
    if server.poll() is None:
        server.kill()
    shutil.rmtree(work, ignore_errors=True)
