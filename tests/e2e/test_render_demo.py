#!/usr/bin/env python3
"""`dev.sh demo` on a machine without a display: packaging/render-demo.sh makes
the demo school and a picture of every screen, the teacher's included (with a
throwaway code in a scratch copy, so the demo data keeps no code), on its own
Xvfb, and exits 0. With a code already set, the teacher screens past the code
are left out with one line saying so."""
import glob
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from kiosk_driver import SKIP, image_stats  # noqa: E402

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "packaging", "render-demo.sh")


def main(binary):
    for tool in ("Xvfb", "identify"):
        if not shutil.which(tool):
            print(f"{tool} is missing (packaging/install-deps.sh installs it)")
            return SKIP
    data = tempfile.mkdtemp(prefix="klasdeur-render-demo-")
    tmp = tempfile.mkdtemp(prefix="klasdeur-render-tmp-")  # the script's scratch goes here: gone after
    # No display at all, as on a server: the script starts its own.
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["TMPDIR"] = tmp

    def render():
        return subprocess.run(["bash", SCRIPT, binary, data], capture_output=True, text=True, env=env, timeout=280)

    def code_rows():
        db = sqlite3.connect(os.path.join(data, "klasdeur.db"))
        try:
            return db.execute("SELECT count(*) FROM teacher_code").fetchone()[0]
        finally:
            db.close()

    names = subprocess.run([binary, "screenshot", "--list"], capture_output=True, text=True, check=True).stdout.split()
    assert "home" in names and "teacher-inbox" in names, names
    teacher_past_code = [n for n in names if n.startswith("teacher-") and n != "teacher-login"]

    r = render()
    assert r.returncode == 0, (r.returncode, r.stdout, r.stderr)
    assert f"{len(names)} screens rendered to {data}/screen-*.png" in r.stdout, r.stdout
    assert "not rendered" not in r.stdout, r.stdout
    for n in names:
        png = os.path.join(data, f"screen-{n}.png")
        assert os.path.isfile(png), f"no picture of {n}: {r.stdout} {r.stderr}"
        with open(png, "rb") as f:
            assert f.read(8) == b"\x89PNG\r\n\x1a\n", png
        w, h, colours = image_stats(png)
        assert (w, h) == (1920, 1080) and colours > 20, (n, w, h, colours)
    # The inbox was drawn past the code: the demo's messages, not the code screen again.
    assert image_stats(os.path.join(data, "screen-teacher-inbox.png"))[2] > 200
    assert code_rows() == 0, "the demo data must keep no code: the teacher chooses it at the door"
    assert os.listdir(tmp) == [], os.listdir(tmp)

    # A code of the teacher's own: nobody here knows it, so those screens are skipped, and said so.
    r = subprocess.run([binary, "--data", data, "set-code"], input="jufsarah2026\n", capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    for png in glob.glob(os.path.join(data, "screen-*.png")):
        os.remove(png)
    r = render()
    assert r.returncode == 0, (r.returncode, r.stdout, r.stderr)
    assert (f"has a teacher code already, so the {len(teacher_past_code)} teacher screens past the code "
            "were not rendered") in r.stdout, r.stdout
    made = sorted(os.path.basename(p)[len("screen-"):-len(".png")] for p in glob.glob(os.path.join(data, "screen-*.png")))
    assert made == sorted(n for n in names if n not in teacher_past_code), made
    assert os.listdir(tmp) == [], os.listdir(tmp)

    shutil.rmtree(data)
    shutil.rmtree(tmp)
    print("render demo: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
