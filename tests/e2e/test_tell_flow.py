#!/usr/bin/env python3
"""The real kiosk under X: a parent taps "tell the teacher" through every step
with xdotool, by UI-map id. Exactly one matching row lands in the database, the
kiosk logs the confirmation before the check mark, and goes home by itself.
The row holds no readable content; the teacher's export opens it."""
import datetime
import json
import os
import sqlite3
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from kiosk_driver import demo_kiosk  # noqa: E402


def main(binary):
    k = demo_kiosk(binary, "vlinders2026")
    k.start()
    try:
        db = sqlite3.connect(os.path.join(k.data, "klasdeur.db"))
        noor = db.execute("SELECT id FROM children WHERE first_name = 'Noor'").fetchone()[0]

        k.tap("home.tell")
        k.wait_screen("tell-child")
        k.tap(f"child.{noor}")
        k.wait_screen("tell-topic")
        k.tap("topic.hurt")
        time.sleep(0.2)
        k.tap("topic.nice")
        time.sleep(0.2)
        k.screenshot("e2e-tell-topic.png")
        k.tap("nav.next")
        k.wait_screen("tell-feeling")
        k.tap("feeling.2")
        k.wait_screen("tell-wish")
        k.tap("wish.no_answer")
        time.sleep(0.2)
        k.tap("nav.send")
        k.wait_screen("tell-done")
        k.screenshot("e2e-tell-done.png")
        # A second tap where Send was, on the check mark screen: nothing more is stored.
        k.tap_at_last("nav.send")

        rows = db.execute("SELECT id, child_id, status, sealed FROM concerns WHERE kiosk_id != 'demo'").fetchall()
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
            ("Noor", ["hurt", "nice"], 2, "no_answer", False, "nl", "new"), x

        # Home by itself after the check mark.
        k.wait_screen("home", timeout=12)
        k.stop()
        out = k.proc.stdout.read()
        assert out.count("concern-confirmed ") == 1, out
        print("e2e tell flow: ok")
        return 0
    finally:
        k.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
