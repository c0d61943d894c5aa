#!/usr/bin/env python3
"""A USB stick in the real kiosk under X: a FAT file system made as a stick
comes (mkfs.vfat, label "KLAS 1B"), filled as a phone and a Mac leave it
(DCIM/100APPLE with a HEIC and a JPEG, a Mac's "._" shadow file, an Android
WebP, Outlook's calendar) and mounted read-only (a write-protected stick: the kiosk
only reads photos and calendars) under a folder the kiosk is
told is a removable-media root, as /media is. The teacher
opens the stick, picks all its photos and imports them, takes the calendar
from it, then the stick is pulled out while its photos are on screen.
Skipped where a FAT image cannot be mounted (not root)."""
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from kiosk_driver import SKIP, demo_kiosk, need_display, wait_for  # noqa: E402

CODE = "vlinders2026"
HERE = os.path.dirname(os.path.abspath(__file__))
PHOTOS = os.path.join(HERE, "..", "data", "photos")
ICS = os.path.join(HERE, "..", "data", "ics")


def sh(*args):
    return subprocess.run(list(args), capture_output=True, text=True)


class FatStick:
    """A 32 MiB FAT stick image mounted at ROOT/KLAS 1B: by the kernel on a loop device where it
    has vfat, else through FUSE (fusefat), as on this CI's kernel, which has no vfat."""

    def __init__(self):
        self.root = tempfile.mkdtemp(prefix="klasdeur-media-")
        self.point = os.path.join(self.root, "KLAS 1B")
        self.image = self.root + ".img"
        self.dev = None
        self.how = None  # "vfat" (kernel) or "fusefat"
        os.makedirs(self.point)
        if os.geteuid() != 0 or not shutil.which("mkfs.vfat"):
            return
        with open(self.image, "wb") as f:
            f.truncate(32 << 20)
        if sh("mkfs.vfat", "-n", "KLAS 1B", self.image).returncode != 0:
            return
        dev = sh("losetup", "-f", "--show", self.image)
        if dev.returncode == 0:
            self.dev = dev.stdout.strip()
            # As udisks2 mounts a stick for a user (utf8 names); writable first, to fill it.
            if sh("mount", "-t", "vfat", "-o", "utf8", self.dev, self.point).returncode == 0:
                self.how = "vfat"
                return
            sh("losetup", "-d", self.dev)
            self.dev = None
        if shutil.which("fusefat") and sh("fusefat", "-o", "rw+", self.image, self.point).returncode == 0:
            self.how = "fusefat"

    def fill(self):
        dcim = os.path.join(self.point, "DCIM", "100APPLE")
        os.makedirs(dcim)
        shutil.copyfile(os.path.join(PHOTOS, "heic-orient-6.heic"), os.path.join(dcim, "IMG_0001.HEIC"))
        with open(os.path.join(dcim, "._IMG_0001.HEIC"), "wb") as f:
            f.write(b"\x00\x05\x16\x07 Mac OS X resource fork")
        jpg = os.path.join(self.root + "-IMG_0002.JPG")
        assert sh("convert", "-size", "1600x1200", "plasma:", "-quality", "92", jpg).returncode == 0
        shutil.copyfile(jpg, os.path.join(dcim, "IMG_0002.JPG"))
        os.remove(jpg)
        camera = os.path.join(self.point, "Android", "DCIM", "Camera")
        os.makedirs(camera)
        shutil.copyfile(os.path.join(PHOTOS, "webp-lossy.webp"), os.path.join(camera, "IMG_20261203_084100.webp"))
        shutil.copyfile(os.path.join(ICS, "outlook.ics"), os.path.join(self.point, "Schoolkalender.ics"))
        # Then read-only, as a stick with its write-protect switch on.
        if self.how == "vfat":
            assert sh("mount", "-o", "remount,ro", self.point).returncode == 0
        else:
            assert sh("fusermount", "-u", self.point).returncode == 0
            assert sh("fusefat", "-o", "ro", self.image, self.point).returncode == 0

    def pull(self):
        """The stick taken out: unmounted under the kiosk's feet."""
        if self.how:
            sh("umount", "-l", self.point) if self.how == "vfat" else sh("fusermount", "-u", "-z", self.point)
            self.how = None

    def remove(self):
        self.pull()
        if self.dev:
            sh("losetup", "-d", self.dev)
        if os.path.exists(self.image):
            os.remove(self.image)
        shutil.rmtree(self.root, ignore_errors=True)


def find(k, item_id):
    """The item on screen now, or None."""
    return next((i for i in k.ui_map()["items"] if i["id"] == item_id), None)


def enabled(k, item_id):
    item = find(k, item_id)
    return item is not None and item.get("enabled", True)


def main(binary):
    need_display()
    stick = FatStick()
    try:
        if not stick.how:
            print("cannot mount a FAT image here (needs root, mkfs.vfat, and vfat or fusefat): skipped")
            return SKIP
        print("stick mounted with", stick.how)
        stick.fill()
        k = demo_kiosk(binary, code=CODE, env={"KLASDEUR_STICK_ROOTS": stick.root})
        db = sqlite3.connect(os.path.join(k.data, "klasdeur.db"))
        photos = lambda: db.execute("SELECT count(*) FROM photos").fetchone()[0]  # noqa: E731
        before = photos()
        k.start()
        try:
            k.wait_screen("home")
            k.teacher_login(CODE)
            k.tap("teacher.photos")
            k.wait_screen("teacher-photos")
            assert wait_for(lambda: enabled(k, "photos.stick"), 5), k.ui_map()
            k.tap("photos.stick")
            k.wait_screen("teacher-stick")
            ids = [i["id"] for i in k.ui_map()["items"]]
            # Three photos: the HEIC, the JPEG, the WebP; not the Mac's shadow file.
            assert sorted(i for i in ids if i.startswith("stick.photo.")) == \
                ["stick.photo.0", "stick.photo.1", "stick.photo.2"], ids
            k.screenshot("e2e-stick-unpicked.png")
            k.tap("stick.all")
            assert wait_for(lambda: enabled(k, "stick.import"), 5)
            k.screenshot("e2e-stick-picked.png")
            k.tap("stick.import")
            k.wait_screen("teacher-photos")
            assert wait_for(lambda: photos() == before + 3, 20), photos()
            # Upright: the iPhone photo (stored turned, irot) lands taller than wide.
            upright = db.execute("SELECT count(*) FROM (SELECT width, height FROM photos ORDER BY id DESC LIMIT 3)"
                                 " WHERE height > width").fetchone()[0]
            assert upright == 1, upright
            k.screenshot("e2e-stick-imported.png")

            k.tap("teacher.calendar")
            k.wait_screen("teacher-calendar")
            assert wait_for(lambda: find(k, "calendar.stick.0") is not None, 5), k.ui_map()
            events_before = db.execute("SELECT count(*) FROM events").fetchone()[0]
            k.tap("calendar.stick.0")
            assert wait_for(lambda: db.execute("SELECT count(*) FROM events").fetchone()[0] != events_before, 10)
            k.screenshot("e2e-stick-calendar.png")

            # Pulled out while its photos are on screen: back to the photos screen within a few seconds.
            k.tap("teacher.photos")
            k.wait_screen("teacher-photos")
            k.tap("photos.stick")
            k.wait_screen("teacher-stick")
            stick.pull()
            k.wait_screen("teacher-photos", timeout=5)
            assert wait_for(lambda: find(k, "photos.stick") is not None and not enabled(k, "photos.stick"), 5)
            assert k.alive()
            assert photos() == before + 3
            k.stop()
            print("e2e usb stick: ok")
            return 0
        finally:
            k.stop()
    finally:
        stick.remove()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
