#!/usr/bin/env python3
"""A poll from start to answer on the real kiosk under X: the teacher makes one
in teacher mode, a parent answers it on home with one tap, a second press in
the same moment is not counted, and the thank-you shows at once."""
import json
import os
import sqlite3
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from kiosk_driver import demo_kiosk, wait_for  # noqa: E402

CODE = "vlinders2026"



def main(binary):
    k = demo_kiosk(binary, CODE)
    db = sqlite3.connect(os.path.join(k.data, "klasdeur.db"))
    k.start()
    try:
        k.wait_screen("home")
        k.teacher_login(CODE)
        k.tap("teacher.polls")
        k.wait_screen("teacher-polls")
        # Close what is open (the demo's poll), so the new one is the one on home.
        for (pid,) in db.execute("SELECT id FROM polls WHERE closes_on >= date('now')").fetchall():
            k.tap(f"poll.close.{pid}")
            time.sleep(0.4)
        before = db.execute("SELECT count(*) FROM polls").fetchone()[0]
        k.tap("poll-question.again")
        time.sleep(0.2)
        k.tap("poll-days.7")
        time.sleep(0.2)
        k.tap("poll.create")
        assert wait_for(lambda: db.execute("SELECT count(*) FROM polls").fetchone()[0] == before + 1)
        poll = db.execute("SELECT id, question FROM polls ORDER BY id DESC LIMIT 1").fetchone()
        assert poll[1] == "Would you come again?", poll
        k.screenshot("e2e-teacher-polls.png")
        k.tap("teacher.logout")
        k.wait_screen("home")
        time.sleep(0.3)

        k.tap("poll.4")
        assert wait_for(lambda: db.execute("SELECT count(*) FROM poll_answers WHERE poll_id = ?",
                                           (poll[0],)).fetchone()[0] == 1)
        k.tap_at_last("poll.4")  # a second press right away: the band is thanking, nothing counted
        time.sleep(0.6)
        k.screenshot("e2e-poll-thanks.png")
        # The invariant, whatever the machine's clock does between two taps: no two
        # counted answers closer together than the kiosk's gate (4 s).
        rows = db.execute("SELECT face, answered_at FROM poll_answers WHERE poll_id = ? ORDER BY id",
                          (poll[0],)).fetchall()
        assert rows[0][0] == 4, rows
        assert all(b[1] - a[1] >= 4 for a, b in zip(rows, rows[1:])), rows
        # After the moment, the faces are back for the next parent.
        time.sleep(4.5)
        k.item("poll.1")
        k.screenshot("e2e-poll-band.png")
        k.stop()
        # The export has the poll with its answers per face.
        r = k.cli("export", "--from", "2026-01-01", "--to", "2099-12-31", "--polls", "--format", "json", stdin=CODE + "\n")
        assert r.returncode == 0, r.stderr
        mine = [p for p in json.loads(r.stdout) if p["id"] == poll[0]]
        assert len(mine) == 1 and mine[0]["answers"][3] >= 1 and mine[0]["total"] == len(rows), (mine, rows)
        assert mine[0]["question"] == "Would you come again?"
        print("e2e poll: ok")
        return 0
    finally:
        k.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
