#!/usr/bin/env python3
"""The command line: --help, demo twice, check, screenshot --list, and errors as
one sentence with a non-zero exit code."""
import os
import sqlite3
import subprocess
import time
import sys
import tempfile


def run(binary, *args, env=None):
    return subprocess.run([binary] + list(args), capture_output=True, text=True, env=env, timeout=60)


def main(binary):
    r = run(binary, "--help")
    assert r.returncode == 0 and all(c in r.stdout for c in ("run", "demo", "check", "screenshot")), r.stdout

    data = tempfile.mkdtemp(prefix="klasdeur-cli-")
    assert run(binary, "--data", data, "demo").returncode == 0
    r = run(binary, "--data", data, "demo")
    assert r.returncode == 0, r.stderr
    db = sqlite3.connect(os.path.join(data, "klasdeur.db"))
    counts = [db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("classes", "children", "photos", "polls")]
    assert counts == [1, 20, 12, 1], counts  # twice is once
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()

    r = run(binary, "--data", data, "check")
    assert r.returncode == 0 and r.stdout.startswith("OK"), r.stdout

    # KLASDEUR_DATA is the default data directory.
    env = dict(os.environ, KLASDEUR_DATA=data)
    r = run(binary, "check", env=env)
    assert r.returncode == 0 and data in r.stdout, r.stdout

    # The school's calendar: imported, re-imported without duplicates; a file with an
    # unreadable event imports the rest and names it; a file that is no calendar is refused.
    ics_dir = os.path.join(os.path.dirname(__file__), "..", "data", "ics")
    r = run(binary, "--data", data, "import-calendar", os.path.join(ics_dir, "school.ics"))
    assert r.returncode == 0 and "events imported" in r.stdout, r
    db = sqlite3.connect(os.path.join(data, "klasdeur.db"))
    n = db.execute("SELECT count(*) FROM events").fetchone()[0]
    r = run(binary, "--data", data, "import-calendar", os.path.join(ics_dir, "school.ics"))
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] == n
    r = run(binary, "--data", data, "import-calendar", os.path.join(ics_dir, "broken.ics"))
    assert r.returncode == 0 and "1 events imported" in r.stdout and "Geen uid of start" in r.stdout, r
    junk = os.path.join(data, "shopping.ics")
    with open(junk, "w") as f:
        f.write("milk\nbread\n")
    before = db.execute("SELECT count(*) FROM events").fetchone()[0]
    r = run(binary, "--data", data, "import-calendar", junk)
    assert r.returncode == 1 and "unchanged" in r.stdout, r
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] == before
    # A hostile file (a rule every second, 500 bad lines, 3000 junk lines): quick, a few lines, nothing on stderr.
    started = time.monotonic()
    r = run(binary, "--data", data, "import-calendar", os.path.join(ics_dir, "hostile.ics"))
    assert r.returncode == 0 and time.monotonic() - started < 5, r
    assert len(r.stdout.splitlines()) <= 12, r.stdout
    assert r.stderr == "", r.stderr
    db.close()

    # The teacher code: read from stdin only, at least 8 characters, the current one needed to change it.
    def set_code(text):
        return subprocess.run([binary, "--data", data, "set-code"], input=text, capture_output=True, text=True)
    assert set_code("short\n").returncode == 1
    # Only what the kiosk's keyboard can type (0-9, a-z): the rest is named, and nothing is set.
    r = set_code("juf-sarah-2026\n")
    assert r.returncode == 1 and r.stderr.strip() == (
        "klasdeur: the code was not changed: the code may only hold the digits 0-9 and the small letters a-z; "
        "'-' cannot be typed on the kiosk"), r
    r = set_code("Juf Sarah\n")
    assert r.returncode == 1 and "'J', a space and 'S' cannot be typed" in r.stderr, r
    r = set_code("jufsarah2026\n")
    assert r.returncode == 0 and "cannot be recovered" in r.stdout, r
    r = set_code("jufsarah2026\nvlinders-2026\n")  # a change is held to the same keys
    assert r.returncode == 1 and "'-' cannot be typed on the kiosk" in r.stderr, r
    assert set_code("jufsarah2026\nvlinders2026\n").returncode == 0
    assert set_code("wrong-code\nnieuwecode1\n").returncode == 1
    assert set_code("vlinders2026\nnieuwecode1\n").returncode == 0
    db = sqlite3.connect(os.path.join(data, "klasdeur.db"))
    stored = db.execute("SELECT code_hash FROM teacher_code").fetchone()[0]
    assert stored.startswith("$argon2id$") and "nieuwecode1" not in stored
    assert db.execute("SELECT count(*) FROM class_keys").fetchone()[0] == 1
    db.close()

    r = run(binary, "screenshot", "--list")
    assert r.stdout.split() == ["home", "tell-class", "tell-child", "tell-topic", "tell-feeling", "tell-wish",
                                "tell-done", "tell-taken-back", "tell-failed", "photos", "photo-view", "slideshow", "week",
                                "event-card", "night", "teacher-login", "teacher-inbox", "teacher-pickup", "teacher-week",
                                "teacher-class", "teacher-child", "teacher-polls", "teacher-settings", "teacher-photos",
                                "teacher-stick", "teacher-calendar"], r.stdout

    # A damaged database: a verdict, exit 1, no trace.
    bad = tempfile.mkdtemp(prefix="klasdeur-bad-")
    with open(os.path.join(bad, "klasdeur.db"), "wb") as f:
        f.write(b"SQLite format 3\x00" + os.urandom(8192))
    r = run(binary, "--data", bad, "check")
    assert r.returncode == 1 and "NOT OK" in r.stdout, (r.returncode, r.stdout, r.stderr)

    # Errors are one clear sentence on stderr, never a crash.
    r = run(binary, "--no-such-option")
    assert r.returncode != 0 and "no-such-option" in r.stderr, r.stderr
    r = run(binary, "--data", "/proc/klasdeur-cannot-be-here", "check")
    assert r.returncode == 1 and r.stderr.startswith("klasdeur: cannot create the data directory"), r.stderr
    r = run(binary, "--data", data, "screenshot", "--screen", "nowhere", "--out", "/tmp/x.png")
    assert r.returncode == 1 and "no screen 'nowhere'" in r.stderr, r.stderr
    r = run(binary, "--data", data, "run", "--size", "big")
    assert r.returncode == 1 and "--size must look like" in r.stderr, r.stderr
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    r = run(binary, "--data", data, "run", env=env)
    assert r.returncode == 1 and "no display" in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr
    print("cli: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
