#!/usr/bin/env python3
"""systemd's watchdog, as systemd would see it: the kiosk says READY=1 once its
first frame is up and WATCHDOG=1 well inside the period while idle, without
drawing frames for it; a hung process (SIGSTOP) stops pinging, so systemd's
WatchdogSec= would restart it."""
import os
import signal
import socket
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(__file__))
from kiosk_driver import Kiosk, need_display, wait_for  # noqa: E402

PERIOD_S = 1.0  # WatchdogSec=1s: pings are due every 0.5 s


class NotifyListener:
    """The receiving end of NOTIFY_SOCKET, like systemd's."""

    def __init__(self):
        self.path = os.path.join(tempfile.mkdtemp(prefix="klasdeur-notify-"), "notify.sock")
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(self.path)
        self.sock.settimeout(0.2)
        self.messages = []  # (monotonic time, text)
        self.running = True
        self.thread = threading.Thread(target=self.loop, daemon=True)
        self.thread.start()

    def loop(self):
        while self.running:
            try:
                data = self.sock.recv(4096)
            except socket.timeout:
                continue
            for line in data.decode().splitlines():
                self.messages.append((time.monotonic(), line))

    def pings(self, since=0.0, until=float("inf")):
        return [t for t, m in self.messages if m == "WATCHDOG=1" and since <= t <= until]


def longest_gap(times):
    return max((b - a for a, b in zip(times, times[1:])), default=float("inf"))


def main(binary):
    need_display()
    listener = NotifyListener()
    frames = os.path.join(tempfile.mkdtemp(prefix="klasdeur-frames-"), "frames.txt")
    k = Kiosk(binary, env={"NOTIFY_SOCKET": listener.path, "WATCHDOG_USEC": str(int(PERIOD_S * 1e6)),
                           "KLASDEUR_FRAME_TIMES": frames})
    k.demo()
    k.start()
    try:
        assert wait_for(lambda: any(m == "READY=1" for _, m in listener.messages), 5), listener.messages
        time.sleep(1.5)  # the first frames settle
        with open(frames) as f:
            frames_before = len(f.readlines())
        t0 = time.monotonic()
        time.sleep(4.0)
        t1 = time.monotonic()
        pings = listener.pings(t0, t1)
        gap = longest_gap(pings)
        with open(frames) as f:
            drawn = len(f.readlines()) - frames_before
        print(f"idle 4 s: {len(pings)} pings, longest gap {gap:.2f} s, {drawn} frames drawn")
        assert len(pings) >= 6, pings
        assert gap < PERIOD_S * 0.9, gap
        # Waking for the watchdog draws nothing (the slideshow and clock have their own timers, not due yet).
        assert drawn <= 2, drawn

        # A hang: the process is stopped; no pings arrive, so systemd would act after 1 s.
        k.proc.send_signal(signal.SIGSTOP)
        h0 = time.monotonic()
        time.sleep(2.0)
        h1 = time.monotonic()
        hung = listener.pings(h0 + 0.1, h1)
        k.proc.send_signal(signal.SIGCONT)
        print(f"stopped 2 s: {len(hung)} pings")
        assert hung == [], hung
        assert wait_for(lambda: len(listener.pings(h1)) > 0, 2), "pings did not resume"
        assert k.alive()
    finally:
        k.stop()
        listener.running = False
    print("watchdog: ready, pings while idle without drawing, silence while hung")


if __name__ == "__main__":
    main(sys.argv[1])
