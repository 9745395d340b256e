#!/usr/bin/env python3
"""Writes a large linear journey for the benchmarks: STAGES stages of TOUCHPOINTS touchpoints each.

Usage: bench/big-journey.py STAGES TOUCHPOINTS > big.yaml

Each stage leads to the next (99% continue, 1% give up, so that the most likely path goes through every stage), every touchpoint has a channel, an action
of a few words, a duration and an emotion, so that its Mermaid export (a journey diagram of the most
likely path) has one task per touchpoint: the same picture for Slippers and for Mermaid CLI.
Deterministic: no randomness, the same arguments give the same bytes.
"""
import sys

CHANNELS = ["web", "app", "phone", "store", "email"]


def main():
    stages, touchpoints = int(sys.argv[1]), int(sys.argv[2])
    out = [
        "slippers: 1",
        f"id: big-{stages}-{touchpoints}",
        f"title: Synthetic journey of {stages} stages and {stages * touchpoints} touchpoints",
        "language: en",
        "channels:",
    ]
    out += [f"  - {{id: {c}, name: {c.capitalize()}}}" for c in CHANNELS]
    out += ["entry: s1", "stages:"]
    for s in range(1, stages + 1):
        out += [f"  - id: s{s}", f"    name: Step {s} of the synthetic journey", "    touchpoints:"]
        for t in range(1, touchpoints + 1):
            emotion = (s * 7 + t * 3) % 5 - 2
            out += [
                f"      - id: s{s}-t{t}",
                f"        channel: {CHANNELS[(s + t) % len(CHANNELS)]}",
                f"        action: Does task {t} of step {s} and checks the result",
                f"        duration: {(s + t) % 9 + 1}m",
                f"        emotion: {emotion}",
            ]
        if s % 3 == 0:
            out += [
                "    pain_points:",
                f"      - {{id: p{s}, description: Waits too long at step {s}, severity: {s % 5 + 1}, frequency: 30%}}",
            ]
    out += ["  - id: done", "    name: Finished", "    outcome: success",
            "  - id: lost", "    name: Gave up", "    outcome: failure", "transitions:"]
    for s in range(1, stages + 1):
        nxt = f"s{s + 1}" if s < stages else "done"
        out += [f"  - {{from: s{s}, to: {nxt}, share: 99%}}", f"  - {{from: s{s}, to: lost, share: 1%}}"]
    print("\n".join(out))


if __name__ == "__main__":
    main()
