#!/usr/bin/env python3
"""Pull the plug during the two other long writes: photo imports and the
retention purge (with its backup). SIGKILL at random moments, many times.

Imports: every photo the importer reported as imported has its row; every
row's screen and thumbnail files are whole JPEGs (no half file, no empty one);
no .tmp file survives the next maintenance, nor does a file no row knows.
Purges (`klasdeur maintain`: delete concerns past retention, integrity_check,
a backup): the recent concerns are never touched, the old ones go all or
row by row but never partially, and every backup under its real name is a
sound database. After each kill integrity_check is ok.

    test_kill_during_import_and_purge.py KLASDEUR WRITER [ROUNDS]"""
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time


def kill_at_random(cmd, max_s):
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(random.random() * max_s)
    mid_run = p.poll() is None
    p.send_signal(signal.SIGKILL)
    out, err = p.communicate()
    return mid_run, p.returncode, out, err


def whole_jpeg(path):
    with open(path, "rb") as f:
        data = f.read()
    return len(data) > 100 and data[:2] == b"\xff\xd8" and data.rstrip(b"\0")[-2:] == b"\xff\xd9"


def check_photos(data, reported):
    db = sqlite3.connect(os.path.join(data, "klasdeur.db"))
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = db.execute("SELECT content_hash, screen_file, thumb_file FROM photos").fetchall()
        for h, screen, thumb in rows:
            for rel in (screen, thumb):
                assert whole_jpeg(os.path.join(data, rel)), f"photo row {h}: {rel} is not a whole JPEG"
        return len(rows)
    finally:
        db.close()


def imports(klasdeur, rounds):
    data = tempfile.mkdtemp(prefix="klasdeur-crash-import-")
    subprocess.run([klasdeur, "--data", data, "demo"], check=True, capture_output=True)
    base = sqlite3.connect(os.path.join(data, "klasdeur.db")).execute("SELECT count(*) FROM photos").fetchone()[0]
    folder = tempfile.mkdtemp(prefix="klasdeur-crash-photos-")
    for i in range(16):
        subprocess.run(["convert", "-size", "1400x1000", f"plasma:fractal", "-seed", str(i),
                        os.path.join(folder, f"p{i:02}.jpg")], check=True, capture_output=True)
    def forget_imports():
        # Each round imports afresh: the rows of the last go (their files stay, to be overwritten or swept).
        db = sqlite3.connect(os.path.join(data, "klasdeur.db"))
        db.execute("DELETE FROM photos WHERE screen_file NOT LIKE 'photos/demo-%'")
        db.commit()
        db.close()

    cmd = [klasdeur, "--data", data, "import-photos", folder]
    t0 = time.monotonic()
    subprocess.run(cmd, check=True, capture_output=True)
    full = time.monotonic() - t0
    mid = 0
    for r in range(rounds):
        forget_imports()
        was_mid, code, out, err = kill_at_random(cmd, full * 1.1)
        mid += was_mid
        imported = [line.split()[1].rstrip(":") for line in out.splitlines() if line.startswith("imported ")]
        check_photos(data, imported)
    # Leftovers are swept by the nightly maintenance once they are old enough not to be an import in progress.
    past = time.time() - 3600
    for root, _, files in os.walk(os.path.join(data, "photos")):
        for f in files:
            os.utime(os.path.join(root, f), (past, past))
    m = subprocess.run([klasdeur, "--data", data, "maintain"], capture_output=True, text=True)
    assert m.returncode == 0, m.stdout + m.stderr
    db = sqlite3.connect(os.path.join(data, "klasdeur.db"))
    known = {f for row in db.execute("SELECT screen_file, thumb_file FROM photos") for f in row}
    for root, _, files in os.walk(os.path.join(data, "photos")):
        for f in files:
            assert not f.endswith(".tmp"), f"{f} left behind"
            assert os.path.relpath(os.path.join(root, f), data) in known, f"{f}: no row knows it"
    # And a last, uninterrupted import finishes the job.
    done = subprocess.run([klasdeur, "--data", data, "import-photos", folder], capture_output=True, text=True)
    assert done.stdout.strip().endswith(" 0 skipped"), done.stdout
    n = check_photos(data, [])
    print(f"imports: {rounds} kills ({mid} mid-run, an import of 16 photos takes {full:.2f} s); every row has "
          f"whole files, leftovers swept; {n} photos")


def purges(klasdeur, writer, rounds):
    data = tempfile.mkdtemp(prefix="klasdeur-crash-purge-")
    db_file = os.path.join(data, "klasdeur.db")

    def add_old(n):
        # Sent now, then dated 45 days back (the date is not sealed): the kiosk itself
        # dates a message at the last good time when its clock looks wrong, so a writer
        # with its clock set back would not make old ones.
        top = sqlite3.connect(db_file).execute("SELECT coalesce(max(id), 0) FROM concerns").fetchone()[0] \
            if os.path.exists(db_file) else 0
        subprocess.run([writer, data, str(n)], check=True, capture_output=True)
        with sqlite3.connect(db_file) as c:
            c.execute("UPDATE concerns SET created_at = created_at - 45 * 86400 WHERE id > ?", (top,))

    subprocess.run([writer, data, "200"], check=True, capture_output=True)           # recent
    add_old(6000)
    db = sqlite3.connect(db_file)
    recent = {s for (s,) in db.execute("SELECT submission_id FROM concerns WHERE created_at > strftime('%s','now') - 86400")}
    old_left = db.execute("SELECT count(*) FROM concerns").fetchone()[0] - len(recent)
    db.close()
    assert len(recent) == 200 and old_left == 6000
    t0 = time.monotonic()
    subprocess.run([klasdeur, "--data", data, "maintain", "--backup"], check=True, capture_output=True)
    full = time.monotonic() - t0  # 6,000 old concerns purged, integrity_check, a backup, the backups purged
    mid, history = 0, []
    for r in range(rounds):
        if old_left < 1000:  # bring old ones back for the next rounds
            add_old(2000)
        args = [klasdeur, "--data", data, "maintain"] + (["--backup"] if r % 2 else [])
        was_mid, code, out, err = kill_at_random(args, full)
        mid += was_mid
        db = sqlite3.connect(os.path.join(data, "klasdeur.db"))
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        now = {s for (s,) in db.execute("SELECT submission_id FROM concerns WHERE created_at > strftime('%s','now') - 86400")}
        assert recent <= now, f"{len(recent - now)} recent concerns gone"
        partial = db.execute("SELECT count(*) FROM concerns WHERE length(sealed) < 48").fetchone()[0]
        assert partial == 0
        old_left = db.execute("SELECT count(*) FROM concerns").fetchone()[0] - len(now)
        history.append(old_left)
        db.close()
        backups = os.path.join(data, "backups")
        for f in os.listdir(backups) if os.path.isdir(backups) else []:
            if f.startswith("klasdeur-"):
                b = sqlite3.connect(os.path.join(backups, f))
                assert b.execute("PRAGMA quick_check").fetchone()[0] == "ok", f
                b.close()
    final = subprocess.run([klasdeur, "--data", data, "maintain"], capture_output=True, text=True)
    assert final.returncode == 0, final.stdout + final.stderr
    db = sqlite3.connect(os.path.join(data, "klasdeur.db"))
    assert db.execute("SELECT count(*) FROM concerns").fetchone()[0] == len(recent)
    r = subprocess.run([klasdeur, "--data", data, "check"], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout
    print(f"purges: {rounds} kills ({mid} mid-run, a full run takes {full:.2f} s); recent concerns all kept, "
          f"old ones left after each kill: {history[:12]}...; backups always sound")


def main(klasdeur, writer, rounds):
    random.seed(int(os.environ.get("KLASDEUR_CRASH_SEED", "20261202")))
    imports(klasdeur, rounds)
    purges(klasdeur, writer, rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 60))
