#!/usr/bin/env python3
"""A damaged database on the real kiosk: a backup made, a parent's message
sent after it, the plug pulled, one page of the file spoiled. The next start
moves the damaged file aside (kept byte for byte), restores the backup, copies
back the message the backup did not have, and the teacher reads what happened
at the top of the inbox."""
import glob
import hashlib
import os
import sqlite3
import sys

sys.path.insert(0, os.path.dirname(__file__))
from kiosk_driver import demo_kiosk  # noqa: E402

CODE = "vlinders2026"


def main(binary):
    k = demo_kiosk(binary, CODE)
    made = k.cli("maintain", "--backup")
    assert made.returncode == 0 and "Backup written" in made.stdout, made.stdout + made.stderr
    db_file = os.path.join(k.data, "klasdeur.db")
    with sqlite3.connect(db_file) as db:
        noor = db.execute("SELECT id FROM children WHERE first_name = 'Noor'").fetchone()[0]
        before = db.execute("SELECT count(*) FROM concerns").fetchone()[0]
    k.start()
    k.tell_something(noor)
    k.kill()

    with sqlite3.connect(db_file) as db:
        sent = db.execute("SELECT submission_id FROM concerns ORDER BY id DESC LIMIT 1").fetchone()[0]
        assert db.execute("SELECT count(*) FROM concerns").fetchone()[0] == before + 1
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = db.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'concerns_by_time'").fetchone()[0]
        size = db.execute("PRAGMA page_size").fetchone()[0]
    with open(db_file, "r+b") as f:
        f.seek((page - 1) * size)
        f.write(b"\x5a" * size)
    spoiled = hashlib.sha256(open(db_file, "rb").read()).hexdigest()
    check = k.cli("check")
    assert check.returncode == 1 and "NOT OK" in check.stdout, check.stdout

    k.start()
    try:
        kept = glob.glob(os.path.join(k.data, "damaged", "klasdeur-*.db"))
        assert len(kept) == 1, kept
        assert hashlib.sha256(open(kept[0], "rb").read()).hexdigest() == spoiled
        db = sqlite3.connect(db_file)
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT count(*) FROM concerns WHERE submission_id = ?", (sent,)).fetchone()[0] == 1
        assert db.execute("SELECT count(*) FROM concerns").fetchone()[0] == before + 1
        kind, detail = db.execute("SELECT kind, detail FROM notices").fetchone()
        assert kind == "database_restored" and "concerns_rescued=1" in detail, detail
        k.teacher_login(CODE)
        shot = k.screenshot("e2e-database-restored.png")
        inbox = k.ui_map()
        assert any(i["id"].startswith("notice.ok") for i in inbox["items"]), inbox["items"]
    finally:
        k.stop()
    err = k.proc.stderr.read()
    assert "the database was damaged" in err, err
    assert k.cli("check").returncode == 0
    print(f"damaged database: kept, restored, 1 message rescued, notice shown ({shot})")


if __name__ == "__main__":
    main(sys.argv[1])
