#!/usr/bin/env python3
"""Pull the plug, hundreds of times: SIGKILL the concern writer at random
moments while it submits. Afterwards every concern whose confirmation was
printed must be in the database, no row may be partial, integrity_check must
be ok, and `klasdeur check` must start normally.

    test_kill_during_submit.py WRITER KLASDEUR [ROUNDS]"""
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time


def main(writer, klasdeur, rounds):
    data = tempfile.mkdtemp(prefix="klasdeur-crash-")
    random.seed(int(os.environ.get("KLASDEUR_CRASH_SEED", "20261124")))
    confirmed = []
    kills_mid_run = 0
    for _ in range(rounds):
        p = subprocess.Popen([writer, data, "100000"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(random.choice([0.0, 0.001, 0.005]) + random.random() * 0.08)
        if p.poll() is None:
            kills_mid_run += 1
        p.send_signal(signal.SIGKILL)
        out, err = p.communicate()
        if p.returncode not in (-signal.SIGKILL, 0):
            raise AssertionError(f"the writer failed by itself ({p.returncode}): {err}")
        confirmed += [line.split()[1] for line in out.splitlines() if line.startswith("concern-confirmed ")]

    db = sqlite3.connect(os.path.join(data, "klasdeur.db"))
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = {row[0] for row in db.execute("SELECT submission_id FROM concerns")}
    lost = [c for c in confirmed if c not in stored]
    assert not lost, f"{len(lost)} confirmed concerns are missing, e.g. {lost[:3]}"
    assert len(set(confirmed)) == len(confirmed), "a submission was confirmed twice"
    blobs = db.execute("SELECT count(*) FROM concerns WHERE length(sealed) < 48 OR created_at <= 0").fetchone()[0]
    assert blobs == 0, f"{blobs} rows with a cut-off seal"
    db.close()

    r = subprocess.run([klasdeur, "--data", data, "check"], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.startswith("OK"), (r.stdout, r.stderr)

    # Every stored concern opens and is whole: set a code, export everything.
    r = subprocess.run([klasdeur, "--data", data, "set-code"], input="crashtest1\n", capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([klasdeur, "--data", data, "export", "--from", "2000-01-01", "--to", "2100-01-01",
                        "--format", "json"], input="crashtest1\n", capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert len(rows) == len(stored), (len(rows), len(stored), r.stderr)
    partial = [x for x in rows if not x["topics"] or not x["wish"] or not 1 <= x["feeling"] <= 5 or not x["language"]]
    assert not partial, f"{len(partial)} partial concerns, e.g. {partial[:2]}"
    print(f"{rounds} kills ({kills_mid_run} mid-run), {len(confirmed)} confirmed concerns, "
          f"{len(stored)} stored, none lost; integrity_check ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 300))
