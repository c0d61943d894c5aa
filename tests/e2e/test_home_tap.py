#!/usr/bin/env python3
"""The real kiosk under X: tap a home tile by UI-map id, see the screen change,
Escape does not leave, a screenshot shows a real picture, Home goes back."""
import os
import sqlite3
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from kiosk_driver import demo_kiosk, image_stats  # noqa: E402


def main(binary):
    k = demo_kiosk(binary)
    k.start()
    try:
        home = k.ui_map()
        ids = [i["id"] for i in home["items"]]
        assert {"home.tell", "home.photos", "home.week"} <= set(ids), ids

        shot = k.screenshot("e2e-home.png")
        w, h, colours = image_stats(shot)
        assert (w, h) == (1920, 1080), (w, h)
        assert colours > 200, f"the home screenshot looks blank ({colours} colours)"

        k.tap("home.tell")
        m = k.wait_screen("tell-child")
        children = [i for i in m["items"] if i["id"].startswith("child.") and i["id"] != "child.class"]
        db = sqlite3.connect(os.path.join(k.data, "klasdeur.db"))
        assert len(children) == db.execute("SELECT count(*) FROM children").fetchone()[0] == 20
        k.screenshot("e2e-tell-child.png")

        # A parent cannot leave the kiosk: Escape and Alt+F4 change nothing.
        k.key("Escape")
        k.key("alt+F4")
        time.sleep(0.5)
        assert k.alive(), "the kiosk quit on Escape/Alt+F4"
        assert k.ui_map()["screen"] == "tell-child"

        k.tap("nav.cancel")
        k.wait_screen("home")
        k.tap("home.week")
        k.wait_screen("week")
        k.tap("nav.home")
        k.wait_screen("home")

        # One tap on the language bar: the whole kiosk in Arabic, mirrored.
        k.tap("lang.ar")
        deadline = time.time() + 5
        while time.time() < deadline:
            items = {i["id"]: i for i in k.ui_map()["items"]}
            if items["home.tell"]["x"] > items["home.week"]["x"]:
                break
            time.sleep(0.05)
        assert items["home.tell"]["x"] > items["home.week"]["x"], "Arabic did not mirror the tiles"
        shot = k.screenshot("e2e-home-ar.png")
        assert image_stats(shot)[2] > 200
        print("e2e home tap: ok")
        return 0
    finally:
        k.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
