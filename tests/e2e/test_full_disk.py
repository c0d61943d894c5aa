#!/usr/bin/env python3
"""A full disk and a card gone bad, on the real kiosk, on a small filesystem
the test makes: an ext4 image on a loop device (as on the kiosk's SD card), or
where loop devices are not allowed a tmpfs with a size limit (then only the
full disk). Needs root; skipped otherwise.

- Full: a photo import stops cleanly (a clear reason per photo, exit 1, no row
  and no file left behind); a parent's Send either commits (WAL space already
  there) or says "not sent": never a check mark without the row. With room
  again, "Try again" sends the kept draft, once.
- Gone bad: ext4 forced read-only by an error (errors=remount-ro, triggered
  through /sys/fs/ext4/DEV/trigger_fs_error, what the kernel does when a worn
  card fails a write): Send shows "not sent", "Try again" says "not sent"
  again rather than lie; after fsck and a new mount the data
  is sound and the kiosk starts.
- The kiosk never crashes."""
import glob
import os
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
from kiosk_driver import SKIP, Kiosk, need_display, wait_for  # noqa: E402


def sh(*args):
    return subprocess.run(list(args), capture_output=True, text=True)


def fill(path):
    """Writes zeros until the filesystem says no more."""
    r = sh("dd", "if=/dev/zero", f"of={path}", "bs=64k")
    assert "No space left" in r.stderr, r.stderr


class SmallDisk:
    """A 64 MiB filesystem at a temporary mount point: ext4 on a loop device if possible, else tmpfs."""

    def __init__(self):
        self.mnt = tempfile.mkdtemp(prefix="klasdeur-small-fs-")
        self.image = self.dev = None
        self.kind = None
        if os.geteuid() != 0:
            return
        image = self.mnt + ".img"
        with open(image, "wb") as f:
            f.truncate(64 << 20)
        if sh("mkfs.ext4", "-q", image).returncode == 0:
            dev = sh("losetup", "-f", "--show", image)
            if dev.returncode == 0:
                self.dev = dev.stdout.strip()
                if sh("mount", "-o", "errors=remount-ro", self.dev, self.mnt).returncode == 0:
                    self.image, self.kind = image, "ext4"
                    return
                sh("losetup", "-d", self.dev)
                self.dev = None
        os.remove(image)
        if sh("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", self.mnt).returncode == 0:
            self.kind = "tmpfs"

    def go_bad(self):
        """The kernel's answer to a failed write on ext4 with errors=remount-ro."""
        name = os.path.basename(os.path.realpath(self.dev))
        with open(f"/sys/fs/ext4/{name}/trigger_fs_error", "w") as f:
            f.write("klasdeur test: the card failed a write")

    def repair(self):
        """What a technician does: unmount, fsck, mount again."""
        assert sh("umount", self.mnt).returncode == 0
        fsck = sh("e2fsck", "-fy", self.dev)
        assert fsck.returncode in (0, 1), fsck.stdout + fsck.stderr
        assert sh("mount", "-o", "errors=remount-ro", self.dev, self.mnt).returncode == 0

    def remove(self):
        sh("umount", "-l", self.mnt)
        if self.dev:
            sh("losetup", "-d", self.dev)
        if self.image:
            os.remove(self.image)


def main(binary):
    need_display()
    disk = SmallDisk()
    if not disk.kind:
        print("cannot make a small filesystem here (needs root, loop devices or tmpfs): skipped")
        sys.exit(SKIP)
    print("small filesystem:", disk.kind)
    photos = tempfile.mkdtemp(prefix="klasdeur-photos-")
    for i in range(3):
        sh("convert", "-size", "1600x1200", "plasma:", "-quality", "95", os.path.join(photos, f"class-{i}.jpg"))
    k = Kiosk(binary, data_dir=os.path.join(disk.mnt, "data"))
    try:
        k.demo()
        db_file = os.path.join(k.data, "klasdeur.db")
        db = sqlite3.connect(db_file)
        noor = db.execute("SELECT id FROM children WHERE first_name = 'Noor'").fetchone()[0]
        before = db.execute("SELECT count(*) FROM concerns").fetchone()[0]
        photos_before = db.execute("SELECT count(*) FROM photos").fetchone()[0]
        db.close()
        k.start()

        # 1. Full.
        filler = os.path.join(disk.mnt, "filler")
        fill(filler)
        imp = k.cli("import-photos", photos)
        print("import on a full disk:", imp.returncode, imp.stdout.strip().replace("\n", " | "), imp.stderr.strip())
        assert imp.returncode != 0
        assert "full" in (imp.stdout + imp.stderr), imp.stdout + imp.stderr
        k.tell_something_until_send(noor)
        assert wait_for(lambda: k.ui_map()["screen"] in ("tell-done", "tell-failed"), 10)
        shown = k.ui_map()["screen"]
        k.screenshot("e2e-send-full-disk.png")
        os.remove(filler)
        db = sqlite3.connect(db_file)
        rows = db.execute("SELECT count(*) FROM concerns").fetchone()[0]
        print(f"Send on a full disk showed {shown}; new rows {rows - before}")
        if shown == "tell-done":
            assert rows == before + 1  # a check mark means the row is there
        else:
            assert rows == before
            k.tap("nav.retry")  # "Try again" sends the kept draft as it was
            k.wait_screen("tell-done")
            assert db.execute("SELECT count(*) FROM concerns").fetchone()[0] == before + 1
        assert db.execute("SELECT count(*) FROM photos").fetchone()[0] == photos_before
        leftovers = [p for p in glob.glob(os.path.join(k.data, "photos", "**", "*"), recursive=True)
                     if p.endswith(".tmp")]
        assert leftovers == [], leftovers
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        db.close()
        again = k.cli("import-photos", photos)  # with room again, the same import works
        assert again.returncode == 0, again.stdout + again.stderr
        k.wait_screen("home", timeout=12)  # the check mark goes home by itself

        # 2. The card goes bad: read-only under the running kiosk.
        if disk.kind == "ext4":
            disk.go_bad()
            k.tell_something_until_send(noor)
            k.wait_screen("tell-failed")
            k.screenshot("e2e-not-sent-read-only.png")
            time.sleep(0.5)
            k.tap("nav.retry")
            time.sleep(1.0)
            k.wait_screen("tell-failed")  # still read-only: not sent, again, rather than a lie
            assert k.alive()
            k.stop()
            disk.repair()
            assert k.cli("check").returncode == 0
            db = sqlite3.connect(db_file)
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert db.execute("SELECT count(*) FROM concerns").fetchone()[0] == before + 1
            db.close()
            k.start()
            assert k.alive()
    finally:
        k.stop()
        time.sleep(0.2)
        disk.remove()
    print("full and failing disk: not sent with the draft kept, no false check mark, imports stop cleanly")


if __name__ == "__main__":
    main(sys.argv[1])
