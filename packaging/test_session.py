#!/usr/bin/env python3
"""The kiosk's session as systemd starts it, without a screen: packaging's
kiosk-session script runs cage (on its headless backend, software rendering)
with Klasdeur inside through Xwayland, as an unprivileged user (cage refuses
root), with the unit's environment: the conf's KLASDEUR_* values, a
NOTIFY_SOCKET, WATCHDOG_USEC and a WATCHDOG_PID naming someone else (cage).
Checked: READY=1 and steady watchdog pings reach "systemd" from Klasdeur
inside cage, home is up, and KLASDEUR_ROTATE=90 gives a portrait screen.
Needs root (to run as nobody), cage and Xwayland; skipped otherwise.

    test_session.py KLASDEUR"""
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

SKIP = 77


def main(klasdeur):
    if os.geteuid() != 0 or not shutil.which("cage") or not shutil.which("Xwayland") or not shutil.which("runuser"):
        print("needs root, cage and Xwayland: skipped")
        return SKIP
    here = os.path.dirname(os.path.abspath(__file__))
    top = tempfile.mkdtemp(prefix="klasdeur-session-")
    os.chmod(top, 0o755)
    data, runtime = os.path.join(top, "data"), os.path.join(top, "run")
    os.makedirs(runtime, mode=0o700)
    subprocess.run([klasdeur, "--data", data, "demo"], check=True, capture_output=True)
    notify = os.path.join(top, "notify.sock")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(notify)
    sock.settimeout(0.2)
    map_file = os.path.join(top, "map.json")
    nobody = 65534
    for root, dirs, files in os.walk(top):
        for n in dirs + files:
            os.chown(os.path.join(root, n), nobody, nobody)
    os.chown(top, nobody, nobody)
    env = {
        "PATH": "/usr/sbin:/usr/bin:/sbin:/bin",
        "HOME": top,
        "NOTIFY_SOCKET": notify, "WATCHDOG_USEC": "2000000", "WATCHDOG_PID": "1",
        "RUNTIME_DIRECTORY": runtime,
        "KLASDEUR_DATA": data, "KLASDEUR_MODE": "classroom", "KLASDEUR_ROTATE": "90",
        "KLASDEUR_UI_MAP": map_file, "KLASDEUR_BIN": os.path.abspath(klasdeur),
        "WLR_BACKENDS": "headless", "WLR_RENDERER": "pixman", "WLR_LIBINPUT_NO_DEVICES": "1",
    }
    proc = subprocess.Popen(["runuser", "-u", "nobody", "--", "env", "-i"] +
                            [f"{k}={v}" for k, v in env.items()] + ["sh", os.path.join(here, "kiosk-session")],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    messages = []
    try:
        end = time.time() + 30
        while time.time() < end and "READY=1" not in [m for _, m in messages]:
            try:
                messages += [(time.monotonic(), line) for line in sock.recv(4096).decode().splitlines()]
            except socket.timeout:
                assert proc.poll() is None, proc.stdout.read()
        assert "READY=1" in [m for _, m in messages], f"no READY=1 from inside cage: {messages}"
        t0 = time.monotonic()
        while time.monotonic() - t0 < 4:
            try:
                messages += [(time.monotonic(), line) for line in sock.recv(4096).decode().splitlines()]
            except socket.timeout:
                pass
        pings = [t for t, m in messages if m == "WATCHDOG=1" and t >= t0]
        assert len(pings) >= 3, f"{len(pings)} pings in 4 s with a 2 s watchdog"
        with open(map_file) as f:
            ui = json.load(f)
        assert ui["screen"] == "home", ui["screen"]
        right = max(i["x"] + i["w"] for i in ui["items"])
        bottom = max(i["y"] + i["h"] for i in ui["items"])
        assert bottom > right, f"not portrait after KLASDEUR_ROTATE=90: items reach x {right}, y {bottom}"
        assert proc.poll() is None
        print(f"cage + Xwayland + klasdeur as nobody: READY=1, {len(pings)} pings in 4 s, home in portrait "
              f"({right}x{bottom} used)")
    finally:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        shutil.rmtree(top, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
