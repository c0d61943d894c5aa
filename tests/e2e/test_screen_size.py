#!/usr/bin/env python3
"""Below 1024x600 the kiosk refuses, on screen and in the log, instead of
drawing a shrunken kiosk; at 1024x600, upright too, it runs."""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from kiosk_driver import Kiosk, image_stats, need_display  # noqa: E402


def main(binary):
    need_display()
    k = Kiosk(binary, extra_args=["--windowed", "--size", "800x480"])
    k.demo()
    k.proc = subprocess.Popen([binary, "--data", k.data, "run", "--ui-map", k.map_file, "--windowed", "--size", "800x480"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=k.env)
    try:
        m = k.wait_screen("too-small")
        assert m["items"] == [], m  # nothing to tap
        assert k.alive(), "the kiosk quit instead of saying why"
    finally:
        k.stop()
    err = k.proc.stderr.read()
    assert "too small for the kiosk: 800 × 480. It needs at least 1024 × 600." in err, err

    # The screenshot of such a screen shows the refusal, not a kiosk.
    shot = os.path.join(tempfile.mkdtemp(), "small.png")
    r = subprocess.run([binary, "--data", k.data, "screenshot", "--screen", "home", "--size", "800x480", "--out", shot],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    w, h, colours = image_stats(shot)
    assert (w, h) == (800, 480), (w, h)

    for size in ("1024x600", "600x1024"):
        ok = Kiosk(binary, data_dir=k.data, extra_args=["--windowed", "--size", size])
        ok.start()  # waits for home
        ok.stop()
    print("ok: 800x480 refused with a message; 1024x600 and 600x1024 run")


if __name__ == "__main__":
    main(sys.argv[1])
