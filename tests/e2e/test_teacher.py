#!/usr/bin/env python3
"""The teacher's end of the day on the real kiosk under X: hold the corner mark,
type the code, see the parents' messages, answer one with a tap, log out; the
answer is in the database, and the parent's side shows it on the child's tile.
Also: the database file itself holds none of what parents wrote."""
import os
import sqlite3
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from kiosk_driver import demo_kiosk, image_stats, wait_for  # noqa: E402

CODE = "vlinders2026"


def main(binary):
    k = demo_kiosk(binary, CODE)
    db = sqlite3.connect(os.path.join(k.data, "klasdeur.db"))
    k.start()
    try:
        k.wait_screen("home")
        # A quick tap on the corner does nothing.
        k.tap("home.teacher")
        time.sleep(0.5)
        assert k.ui_map()["screen"] == "home"
        k.hold("home.teacher", 3.6)
        k.wait_screen("teacher-login")
        k.screenshot("e2e-teacher-login.png")
        k.type_text("wrong-code")
        time.sleep(0.3)
        k.key("Return")
        # Argon2id takes its time, more so on a busy machine.
        wait_for(lambda: db.execute("SELECT failures FROM teacher_code").fetchone()[0] != 0, 20)
        assert db.execute("SELECT failures FROM teacher_code").fetchone()[0] == 1
        assert k.ui_map()["screen"] == "teacher-login"
        # The on-screen keyboard, key by key.
        k.tap_code(CODE)
        k.tap("key.ok")
        k.wait_screen("teacher-inbox", timeout=15)
        time.sleep(0.3)
        shot = k.screenshot("e2e-teacher-inbox.png")
        w, h, colours = image_stats(shot)
        assert colours > 50, (w, h, colours)  # a drawn screen, not a blank one

        # Answer the first new message about a child: "let's talk".
        row = db.execute("SELECT id, child_id FROM concerns WHERE status = 'new' AND child_id IS NOT NULL "
                         "ORDER BY created_at DESC LIMIT 1").fetchone()
        assert row, "the demo has new messages about children"
        k.tap(f"answer.talk.{row[0]}")
        wait_for(lambda: db.execute("SELECT status FROM concerns WHERE id = ?", (row[0],)).fetchone()[0] == "will_talk", 5)
        assert db.execute("SELECT status FROM concerns WHERE id = ?", (row[0],)).fetchone()[0] == "will_talk"

        k.tap("teacher.week")
        k.wait_screen("teacher-week")
        k.screenshot("e2e-teacher-week.png")
        k.tap("teacher.logout")
        k.wait_screen("home")

        # The parent's side: the child's tile is there, with its status (drawn, not in the map).
        k.tap("home.tell")
        k.wait_screen("tell-child")
        k.item(f"child.{row[1]}")
        k.screenshot("e2e-teacher-answer-on-tile.png")
        k.stop()
    finally:
        k.stop()

    # Nothing parents wrote is readable in the files on disk.
    db.close()
    raw = b""
    for name in ("klasdeur.db", "klasdeur.db-wal"):
        path = os.path.join(k.data, name)
        if os.path.exists(path):
            raw += open(path, "rb").read()
    for word in (b"medicine", b"private_talk", b"talk_today", b"no_answer", b"topics=", b"lang="):
        assert word not in raw, f"{word!r} is readable in the database file"
    print("e2e teacher: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
