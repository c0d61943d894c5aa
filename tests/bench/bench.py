#!/usr/bin/env python3
"""Klasdeur benchmarks (not part of ctest): start-up to first frame, idle CPU,
memory. Needs a display (starts its own Xvfb when there is none).

    python3 tests/bench/bench.py build/bin/klasdeur [--runs 7] [--idle-seconds 20]

Prints a Markdown table; docs/PERFORMANCE.md holds the numbers we measured."""
import argparse
import os
import shutil
import sqlite3
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


def mark(path):
    """Where the frame-times file ends now: the next measurement reads from here."""
    return os.path.getsize(path) if os.path.exists(path) else 0


def percentiles(path, since):
    with open(path) as f:
        f.seek(since)
        v = sorted(float(x) for x in f.read().split())
    if not v:
        return "no frames"
    pick = lambda p: v[min(len(v) - 1, int(p * (len(v) - 1)))]
    return f"p50 {pick(0.5):.1f} ms, p99 {pick(0.99):.1f} ms over {len(v)} frames"


def gallery_and_slideshow(binary, data):
    """50 photos of today: frame times in the gallery and the photo view, memory,
    and the slideshow's CPU and frame times."""
    src = tempfile.mkdtemp(prefix="klasdeur-bench-photos-")
    colours = ["red", "orange", "gold", "green", "teal", "blue", "purple", "pink", "brown", "grey"]
    procs = []
    for i in range(38):  # 38 + the demo's 12 = 50
        a, b = colours[i % 10], colours[(i * 3 + 1) % 10]
        procs.append(subprocess.Popen(["convert", "-size", "2400x1800", f"gradient:{a}-{b}", "-swirl", str(30 + i * 7),
                                       "-quality", "90", os.path.join(src, f"p{i:02d}.jpg")]))
        if len(procs) >= 2:
            procs.pop(0).wait()
    for p in procs:
        p.wait()
    subprocess.run([binary, "--data", data, "import-photos", src], check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(src, ignore_errors=True)

    times = os.path.join(data, "frames.txt")
    env_before = dict(os.environ)
    os.environ["KLASDEUR_FRAME_TIMES"] = times
    try:
        k = Kiosk(binary, data)
        k.start()
        k.tap("home.photos")
        k.wait_screen("photos")
        time.sleep(2.0)  # 50 thumbnails decoded and uploaded
        since = mark(times)
        # A finger moving over the grid for 5 s: a frame for every move.
        end = time.time() + 5
        x = 200
        while time.time() < end:
            subprocess.run(["xdotool", "mousemove", str(x), "500"], check=True)
            x = 200 + (x + 37) % 1500
        gallery = percentiles(times, since)
        _, pss = memory_kib(k.proc.pid)
        since = mark(times)
        k.tap("photo.0")
        k.wait_screen("photo-view")
        for _ in range(8):
            k.tap("photo.next")
            time.sleep(0.3)
        view = percentiles(times, since)
        k.stop()

        db = sqlite3.connect(os.path.join(data, "klasdeur.db"))
        db.execute("INSERT INTO settings(key, value) VALUES('attract_delay_s', '10') "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        db.commit()
        db.close()
        k = Kiosk(binary, data)
        k.start()
        k.wait_screen("slideshow", timeout=20)
        time.sleep(1.0)
        since = mark(times)
        pid = k.proc.pid
        t0, c0 = time.monotonic(), cpu_ticks(pid)
        time.sleep(24)
        t1, c1 = time.monotonic(), cpu_ticks(pid)
        slideshow = percentiles(times, since)
        k.stop()
    finally:
        os.environ.clear()
        os.environ.update(env_before)
    cpu = (c1 - c0) / CLK_TCK / (t1 - t0) * 100
    print(f"| gallery with 50 photos, a finger moving over it: frame time | {gallery} |")
    print(f"| memory with 50 photos in the gallery: PSS | {pss / 1024:.0f} MiB |")
    print(f"| photo view, 8 swipes: frame time | {view} |")
    print(f"| slideshow, 24 s (10 s a photo, 1 s cross-fades at 12 frames/s): CPU / frame time | {cpu:.1f} % of one core / {slideshow} |")


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
        gallery_and_slideshow(binary, data)

        db_bench = os.path.join(os.path.dirname(binary), "klasdeur_db_bench")
        if os.path.exists(db_bench):
            print(subprocess.run([db_bench], capture_output=True, text=True, check=True).stdout, end="")
    finally:
        shutil.rmtree(data, ignore_errors=True)
        if xvfb:
            xvfb.terminate()


if __name__ == "__main__":
    main()
