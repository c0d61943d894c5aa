#!/usr/bin/env python3
"""Photos end to end: `import-photos` on a folder with good and bad files
(per-file lines, a summary, the exit code), then the real kiosk under X:
open today's photos, tap one, swipe to the next with a real drag, go back."""
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
from kiosk_driver import demo_kiosk, image_stats  # noqa: E402


def main(binary):
    k = demo_kiosk(binary)
    src = tempfile.mkdtemp(prefix="klasdeur-e2e-photos-")
    subprocess.run(["convert", "-size", "3000x2000", "gradient:orange-purple", os.path.join(src, "walk.jpg")], check=True)
    subprocess.run(["convert", "-size", "900x600", "gradient:teal-yellow", os.path.join(src, "drawing.png")], check=True)
    open(os.path.join(src, "empty.jpg"), "wb").close()
    with open(os.path.join(src, "noise.jpg"), "wb") as f:
        f.write(os.urandom(20000))

    r = subprocess.run([binary, "--data", k.data, "import-photos", src], capture_output=True, text=True)
    assert r.returncode == 0, r
    lines = r.stdout.splitlines()
    assert lines[-1] == "2 imported, 0 already there, 2 skipped", lines
    assert any(l.startswith("skipped") and "empty.jpg: the file is empty" in l for l in lines), lines
    r = subprocess.run([binary, "--data", k.data, "import-photos", os.path.join(src, "walk.jpg")], capture_output=True,
                       text=True)
    assert r.returncode == 1 and "already imported" in r.stdout, r  # nothing new: exit 1

    k.start()
    try:
        k.tap("home.photos")
        m = k.wait_screen("photos")
        assert sum(1 for i in m["items"] if i["id"].startswith("photo.")) >= 12, m
        time.sleep(1.0)
        shot = k.screenshot("e2e-photos.png")
        assert image_stats(shot)[2] > 1000, "the photo grid looks empty"
        k.tap("photo.0")
        m = k.wait_screen("photo-view")
        assert "photo.prev" not in [i["id"] for i in m["items"]]
        # A real drag from right to left: the next photo.
        subprocess.run(["xdotool", "mousemove", "--sync", str(k.window[0] + 1500), str(k.window[1] + 540),
                        "mousedown", "1"], check=True)
        for x in range(1500, 500, -100):
            subprocess.run(["xdotool", "mousemove", "--sync", str(k.window[0] + x), str(k.window[1] + 545)], check=True)
        subprocess.run(["xdotool", "mouseup", "1"], check=True)
        deadline = time.time() + 5
        while time.time() < deadline and "photo.prev" not in [i["id"] for i in k.ui_map()["items"]]:
            time.sleep(0.05)
        assert "photo.prev" in [i["id"] for i in k.ui_map()["items"]], "the swipe did not move on"
        k.screenshot("e2e-photo-view.png")
        k.tap("nav.back")
        k.wait_screen("photos")
        print("e2e photos: ok")
        return 0
    finally:
        k.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
