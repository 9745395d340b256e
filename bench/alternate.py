#!/usr/bin/env python3
"""Alternated whole-process timings: each round runs every command once, in the order given, so
that the machine's load moves all of them alike; prints the median wall time and the median CPU
time (user + system, from getrusage of the children) of each, and their ratios to the first.

Usage: bench/alternate.py ROUNDS 'command 1' 'command 2' ...   (output of the commands is discarded)
Example (docs/performance.md, issue 11 start-up):
  bench/alternate.py 12 'java -version' './slippers render journeys/pizza-delivery.yaml --format svg -o /tmp/x'
"""
import os
import resource
import statistics
import subprocess
import sys
import time

rounds = int(sys.argv[1])
commands = sys.argv[2:]
wall = {c: [] for c in commands}
cpu = {c: [] for c in commands}
for _ in range(rounds):
    for command in commands:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        seconds = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode != 0:
            sys.exit(f"failed (exit {done.returncode}): {command}")
        wall[command].append(seconds)
        cpu[command].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
print("load average at the end (1, 5, 15 min): %.1f %.1f %.1f" % os.getloadavg())
first_wall = statistics.median(wall[commands[0]])
first_cpu = statistics.median(cpu[commands[0]])
for command in commands:
    w = statistics.median(wall[command])
    c = statistics.median(cpu[command])
    print(f"{w * 1000:6.0f} ms wall ({w / first_wall:5.2f}x)  {c * 1000:5.0f} ms cpu ({c / first_cpu:5.2f}x)"
          f"  {command}")
