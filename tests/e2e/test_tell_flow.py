#!/usr/bin/env python3
"""The real kiosk under X: a parent taps "tell the teacher" with xdotool, by
UI-map id, in five taps: tell, child, topic, feeling, wish (the wish sends).
A double and a triple tap on the wish still store exactly one row; the kiosk
logs the confirmation before the check mark and goes home by itself. The row
holds no readable content; the teacher's export opens it. A second parent
sends something nice in four taps and takes it back: the row is gone, and
stays gone after a restart."""
import datetime
import json
import os
import sqlite3
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from kiosk_driver import demo_kiosk  # noqa: E402


def parent_rows(db):
    return db.execute("SELECT id, child_id, status, sealed FROM concerns WHERE kiosk_id != 'demo'").fetchall()


def main(binary):
    k = demo_kiosk(binary, "vlinders2026")
    k.start()
    try:
        db = sqlite3.connect(os.path.join(k.data, "klasdeur.db"))
        noor = db.execute("SELECT id FROM children WHERE first_name = 'Noor'").fetchone()[0]
        aya = db.execute("SELECT id FROM children WHERE first_name = 'Aya'").fetchone()[0]

        taps = 0
        for item, next_screen in (("home.tell", "tell-child"), (f"child.{noor}", "tell-topic"),
                                  ("topic.hurt", "tell-feeling"), ("feeling.2", "tell-wish")):
            k.tap(item)
            taps += 1
            k.wait_screen(next_screen)
        k.screenshot("e2e-tell-wish.png")
        k.tap("wish.no_answer")
        taps += 1
        # A triple tap: the same spot twice more, 100 ms apart, on whatever is there now.
        k.tap_again(2)
        k.wait_screen("tell-done")
        assert taps == 5
        k.screenshot("e2e-tell-done.png")

        rows = parent_rows(db)
        assert len(rows) == 1 and rows[0][1:3] == (noor, "new"), rows
        assert b"no_answer" not in rows[0][3] and b"hurt" not in rows[0][3]  # sealed
        today = datetime.date.today()
        r = k.cli("export", "--from", str(today - datetime.timedelta(days=1)), "--to",
                  str(today + datetime.timedelta(days=1)), "--format", "json", stdin="vlinders2026\n")
        assert r.returncode == 0, r.stderr
        mine = [x for x in json.loads(r.stdout) if x["id"] == rows[0][0]]
        assert len(mine) == 1, r.stdout
        x = mine[0]
        assert (x["child"], x["topics"], x["feeling"], x["wish"], x["interpreter"], x["language"], x["status"]) == \
            ("Noor", ["hurt"], 2, "no_answer", False, "nl", "new"), x

        # Home by itself after the check mark (it stays ten seconds, offering take back).
        k.wait_screen("home", timeout=15)

        # Something nice in four taps, then taken back.
        for item, next_screen in (("home.tell", "tell-child"), (f"child.{aya}", "tell-topic"),
                                  ("topic.nice", "tell-wish"), ("wish.no_answer", "tell-done")):
            k.tap(item)
            k.wait_screen(next_screen)
        assert len(parent_rows(db)) == 2
        time.sleep(1.3)  # take back sleeps for its first second
        k.tap("nav.take-back")
        k.wait_screen("tell-taken-back")
        k.screenshot("e2e-tell-taken-back.png")
        rows = parent_rows(db)
        assert len(rows) == 1 and rows[0][1] == noor, rows
        k.stop()
        out = k.proc.stdout.read()
        assert out.count("concern-confirmed ") == 2, out
        assert out.count("concern-taken-back ") == 1, out

        # After a restart: still only Noor's.
        k.start()
        k.wait_screen("home")
        rows = parent_rows(sqlite3.connect(os.path.join(k.data, "klasdeur.db")))
        assert len(rows) == 1 and rows[0][1] == noor, rows
        print("e2e tell flow: ok")
        return 0
    finally:
        k.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
