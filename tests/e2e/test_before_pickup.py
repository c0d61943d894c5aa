#!/usr/bin/env python3
"""What cannot wait, on the real kiosk under X: a parent taps "someone else
picks up today" in five taps; home's corner shows the teacher a mark (a count,
no name) that one cannot wait; the teacher logs in, finds it first in the inbox, opens the pick-up
list, marks it done; the sign is gone from home. Then `klasdeur pickup-list`
prints today's list as a PDF whose words read back."""
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from kiosk_driver import demo_kiosk, wait_for  # noqa: E402

CODE = "vlinders2026"


def find(k, item_id):
    return next((i for i in k.ui_map()["items"] if i["id"] == item_id), None)


def main(binary):
    k = demo_kiosk(binary, code=CODE)
    db = sqlite3.connect(os.path.join(k.data, "klasdeur.db"))
    noor = db.execute("SELECT id FROM children WHERE first_name = 'Noor'").fetchone()[0]
    # The demo's own messages (one of them cannot wait) were dealt with this morning.
    db.execute("UPDATE concerns SET status = 'done'")
    db.commit()
    k.start()
    try:
        k.wait_screen("home")
        assert find(k, "home.waiting") is None, "a sign with nothing waiting"
        # The parent's five taps.
        k.tap("home.tell")
        k.wait_screen("tell-child")
        k.tap(f"child.{noor}")
        k.wait_screen("tell-topic")
        k.tap("topic.pickup")
        k.wait_screen("tell-feeling")
        k.tap("feeling.3")
        k.wait_screen("tell-wish")
        k.tap("wish.no_answer")
        k.wait_screen("tell-done")
        k.tap("nav.home")
        k.wait_screen("home")
        assert wait_for(lambda: (find(k, "home.waiting") or {}).get("msgid") == "same_day", 5), k.ui_map()
        k.screenshot("e2e-before-pickup-home.png")
        cid, same_day = db.execute("SELECT id, same_day FROM concerns ORDER BY id DESC LIMIT 1").fetchone()
        assert same_day == 1

        k.teacher_login(CODE)
        k.wait_screen("teacher-inbox")
        answers = [i for i in k.ui_map()["items"] if i["id"].startswith("answer.")]
        first = min(answers, key=lambda i: (i["y"], i["x"]))
        assert first["id"].endswith(f".{cid}"), (first, cid)
        k.screenshot("e2e-before-pickup-inbox.png")
        k.tap("inbox.pickup")
        k.wait_screen("teacher-pickup")
        k.screenshot("e2e-before-pickup-list.png")
        k.tap(f"pickup.done.{cid}")
        assert wait_for(lambda: db.execute("SELECT status FROM concerns WHERE id = ?", (cid,)).fetchone()[0] == "done")
        k.tap("teacher.logout")
        k.wait_screen("home")
        assert wait_for(lambda: find(k, "home.waiting") is None, 5), k.ui_map()
        k.stop()
    finally:
        k.stop()

    # The list to print for a substitute: the code on standard input, never on the command line.
    if shutil.which("pdftotext"):
        out = os.path.join(tempfile.mkdtemp(prefix="klasdeur-pickup-"), "today.pdf")
        r = subprocess.run([binary, "--data", k.data, "pickup-list", "--out", out, "--lang", "nl"],
                           input=CODE + "\n", capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
        text = subprocess.run(["pdftotext", out, "-"], capture_output=True, text=True).stdout
        assert "Noor" in text, text
        wrong = subprocess.run([binary, "--data", k.data, "pickup-list", "--out", out + ".png"],
                               input="not-the-code\n", capture_output=True, text=True)
        assert wrong.returncode == 1 and not os.path.exists(out + ".png"), wrong.stderr
        shutil.rmtree(os.path.dirname(out))
    print("e2e before pick-up: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
