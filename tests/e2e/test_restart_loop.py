#!/usr/bin/env python3
"""A crash loop is visible: the kiosk killed three times right after starting
(as by a crash or the watchdog) says so in its log at the next start, and the
teacher finds a notice at the top of the inbox that OK puts away."""
import os
import sqlite3
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from kiosk_driver import demo_kiosk, wait_for  # noqa: E402

CODE = "vlinders2026"


def main(binary):
    k = demo_kiosk(binary, CODE)
    # A clean start and exit leaves nothing behind.
    k.start()
    k.stop()
    for _ in range(3):
        k.start()
        k.kill()
    k.start()
    try:
        db = sqlite3.connect(os.path.join(k.data, "klasdeur.db"))
        rows = db.execute("SELECT kind, detail, seen_at FROM notices").fetchall()
        assert rows == [("restarts", "count=3\n", None)], rows
        k.teacher_login(CODE)
        ok = [i for i in k.ui_map()["items"] if i["id"].startswith("notice.ok")]
        assert len(ok) == 1, k.ui_map()["items"]
        shot = k.screenshot("e2e-restart-notice.png")
        k.tap(ok[0]["id"])
        assert wait_for(lambda: db.execute("SELECT seen_at FROM notices").fetchone()[0] is not None, 5)
        assert wait_for(lambda: not any(i["id"].startswith("notice.ok") for i in k.ui_map()["items"]), 5)
    finally:
        k.kill()
    err = k.proc.stderr.read()
    assert "ended without closing" in err, err
    print(f"restart loop: logged, notice shown ({shot}) and put away")


if __name__ == "__main__":
    main(sys.argv[1])
