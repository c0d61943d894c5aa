#!/usr/bin/env python3
"""Klasdeur benchmarks (not part of ctest): start-up to first frame, idle CPU,
memory. Needs a display (starts its own Xvfb when there is none).

    python3 tests/bench/bench.py build/bin/klasdeur [--runs 7] [--idle-seconds 20]

Prints a Markdown table; docs/PERFORMANCE.md holds the numbers we measured."""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "e2e"))
from kiosk_driver import Kiosk  # noqa: E402

CLK_TCK = os.sysconf("SC_CLK_TCK")


def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def memory_kib(pid):
    rss = pss = 0
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1])
    with open(f"/proc/{pid}/smaps_rollup") as f:
        for line in f:
            if line.startswith("Pss:"):
                pss = int(line.split()[1])
    return rss, pss


def startup_ms(binary, data, runs):
    """Process start to the first frame of home on screen (after glFinish)."""
    times = []
    env = dict(os.environ, KLASDEUR_REPORT_FIRST_FRAME="1")
    for _ in range(runs):
        t0 = time.time_ns()
        p = subprocess.Popen([binary, "--data", data, "run"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             text=True, env=env)
        line = p.stdout.readline()
        p.terminate()
        p.wait()
        if not line.startswith("first-frame-unix-ns"):
            raise SystemExit(f"klasdeur did not report a first frame: {line!r}")
        times.append((int(line.split()[1]) - t0) / 1e6)
        time.sleep(0.3)
    return times


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--idle-seconds", type=float, default=20.0)
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)

    xvfb = None
    if not os.environ.get("DISPLAY"):
        xvfb = subprocess.Popen(["Xvfb", ":97", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                                stderr=subprocess.DEVNULL)
        os.environ["DISPLAY"] = ":97"
        time.sleep(1)
    data = tempfile.mkdtemp(prefix="klasdeur-bench-")
    try:
        subprocess.run([binary, "--data", data, "demo"], check=True, stdout=subprocess.DEVNULL)
        starts = startup_ms(binary, data, args.runs)

        k = Kiosk(binary, data)
        k.start()
        time.sleep(2.0)  # let it settle and fall asleep
        pid = k.proc.pid
        home_rss, home_pss = memory_kib(pid)
        t0, c0 = time.monotonic(), cpu_ticks(pid)
        time.sleep(args.idle_seconds)
        t1, c1 = time.monotonic(), cpu_ticks(pid)
        idle_cpu = (c1 - c0) / CLK_TCK / (t1 - t0) * 100

        k.tap("home.photos")
        k.wait_screen("photos")
        time.sleep(1.5)  # thumbnails decoded and uploaded
        photos_rss, photos_pss = memory_kib(pid)
        k.stop()

        print(f"| start-up to first frame of home (demo data), median of {args.runs} | "
              f"{statistics.median(starts):.0f} ms (min {min(starts):.0f}, max {max(starts):.0f}) |")
        print(f"| CPU on an untouched home screen over {args.idle_seconds:.0f} s | {idle_cpu:.2f} % of one core "
              f"({c1 - c0} ticks of 1/{CLK_TCK} s) |")
        print(f"| memory on home: RSS / PSS | {home_rss / 1024:.0f} MiB / {home_pss / 1024:.0f} MiB |")
        print(f"| memory with today's 12 photos shown: RSS / PSS | {photos_rss / 1024:.0f} MiB / "
              f"{photos_pss / 1024:.0f} MiB |")
        db_bench = os.path.join(os.path.dirname(binary), "klasdeur_db_bench")
        if os.path.exists(db_bench):
            print(subprocess.run([db_bench], capture_output=True, text=True, check=True).stdout, end="")
    finally:
        shutil.rmtree(data, ignore_errors=True)
        if xvfb:
            xvfb.terminate()


if __name__ == "__main__":
    main()
