#!/usr/bin/env python3
"""Photos from a USB stick on the real kiosk under X: the school's IT person
sets the photo folder with `klasdeur settings set`, the teacher taps Import in
teacher mode, the photos land (a damaged file is skipped and named), one is
hidden, and parents' "today's photos" follows."""
import os
import sqlite3
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from kiosk_driver import demo_kiosk, wait_for  # noqa: E402

CODE = "vlinders2026"



def main(binary):
    k = demo_kiosk(binary)
    stick = os.path.join(k.data, "stick")
    os.makedirs(stick)
    for i, colour in enumerate(["tomato", "gold", "skyblue"]):
        subprocess.run(["convert", "-size", "1600x1200", f"xc:{colour}", "-fill", "white", "-draw",
                        f"circle {400 + 300 * i},600 {500 + 300 * i},600", os.path.join(stick, f"trip-{i}.jpg")],
                       check=True)
    with open(os.path.join(stick, "broken.jpg"), "wb") as f:
        f.write(b"\xff\xd8\xff\xe0 not really a jpeg")
    assert k.cli("set-code", stdin=CODE + "\n").returncode == 0
    r = k.cli("settings", "set", "photo_folder", stick)
    assert r.returncode == 0, r.stderr
    db = sqlite3.connect(os.path.join(k.data, "klasdeur.db"))
    before = db.execute("SELECT count(*) FROM photos").fetchone()[0]
    k.start()
    try:
        k.wait_screen("home")
        k.teacher_login(CODE)
        k.tap("teacher.photos")
        k.wait_screen("teacher-photos")
        k.tap("photos.import")
        assert wait_for(lambda: db.execute("SELECT count(*) FROM photos").fetchone()[0] == before + 3, 15), \
            db.execute("SELECT count(*) FROM photos").fetchone()
        time.sleep(1.0)
        k.screenshot("e2e-teacher-photos.png")
        first = next(i["id"] for i in k.ui_map()["items"] if i["id"].startswith("photo.hide."))
        pid = int(first.rsplit(".", 1)[1])
        k.tap(first)
        assert wait_for(lambda: db.execute("SELECT hidden FROM photos WHERE id = ?", (pid,)).fetchone()[0] == 1)
        k.tap("teacher.logout")
        k.wait_screen("home")
        k.tap("home.photos")
        k.wait_screen("photos")
        # Today's photos for parents: all but the hidden one (the grid scrolls, so count in the store).
        assert db.execute("SELECT count(*) FROM photos WHERE hidden = 0").fetchone()[0] == before + 2
        assert any(i["id"].startswith("photo.") for i in k.ui_map()["items"])
        k.stop()
        print("e2e teacher photos: ok")
        return 0
    finally:
        k.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
