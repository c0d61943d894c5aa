"""Drives the real klasdeur binary under X: start it with a UI map, wait for
screens, tap items by their UI-map id with xdotool, take screenshots."""
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SKIP = 77  # ctest's SKIP_RETURN_CODE


def need_display():
    if not os.environ.get("DISPLAY"):
        print("no DISPLAY: run through the README's test command, which starts Xvfb")
        sys.exit(SKIP)
    for tool in ("xdotool", "import", "identify"):
        if not shutil.which(tool):
            print(f"{tool} is missing (packaging/install-deps.sh installs it)")
            sys.exit(1)


def artifacts_dir():
    d = os.environ.get("KLASDEUR_E2E_ARTIFACTS") or os.path.join(os.getcwd(), "e2e-artifacts")
    os.makedirs(d, exist_ok=True)
    return d


class Kiosk:
    def __init__(self, binary, data_dir=None, extra_args=(), env=None):
        self.binary = binary
        self.env = dict(os.environ, **(env or {}))
        self.data = data_dir or tempfile.mkdtemp(prefix="klasdeur-e2e-")
        # Beside the data, not in it: a test may fill the data's disk.
        self.map_file = os.path.join(tempfile.mkdtemp(prefix="klasdeur-map-"), "ui-map.json")
        self.proc = None
        self.extra_args = list(extra_args)

    def demo(self):
        subprocess.run([self.binary, "--data", self.data, "demo"], check=True, stdout=subprocess.DEVNULL)

    def cli(self, *args, stdin=""):
        """Runs a klasdeur subcommand on this kiosk's data; returns the CompletedProcess."""
        return subprocess.run([self.binary, "--data", self.data, *args], input=stdin, capture_output=True, text=True)

    def start(self):
        if os.path.exists(self.map_file):
            os.remove(self.map_file)  # a killed kiosk's last map must not pass for the new one's
        self.proc = subprocess.Popen(
            [self.binary, "--data", self.data, "run", "--ui-map", self.map_file] + self.extra_args,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=self.env)
        self.wait_screen("home")
        self.window = self.window_origin()

    def window_origin(self):
        # Retried: a window of a kiosk killed a moment ago may vanish while xdotool walks
        # the window tree, and it then gives up with nothing.
        out = []
        end = time.time() + 10
        while not out and time.time() < end:
            out = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(self.proc.pid)],
                                 capture_output=True, text=True, timeout=10).stdout.split()
            if not out:
                time.sleep(0.1)
        assert out, "the kiosk's window did not appear"
        geo = subprocess.run(["xdotool", "getwindowgeometry", "--shell", out[0]],
                             capture_output=True, text=True).stdout
        vals = dict(line.split("=", 1) for line in geo.split() if "=" in line)
        return int(vals["X"]), int(vals["Y"])

    def ui_map(self):
        try:
            with open(self.map_file, encoding="utf-8") as f:
                return json.load(f)
        except (OSError, ValueError):
            return None

    def wait_screen(self, name, timeout=10.0):
        end = time.time() + timeout
        while time.time() < end:
            if self.proc.poll() is not None:
                raise AssertionError(f"klasdeur exited with {self.proc.returncode}: {self.proc.stderr.read()}")
            m = self.ui_map()
            if m and m["screen"] == name:
                return m
            time.sleep(0.05)
        m = self.ui_map()
        raise AssertionError(f"screen {name!r} did not appear; the map says {m and m['screen']!r}")

    def item(self, item_id):
        m = self.ui_map()
        for it in m["items"]:
            if it["id"] == item_id:
                return it
        raise AssertionError(f"no item {item_id!r} on screen {m['screen']!r}: {[i['id'] for i in m['items']]}")

    def tell_something(self, child_id):
        """A parent's whole message from home in five taps: tell, child, a topic, a feeling, a wish (which sends); waits for the check mark."""
        self.tell_something_until_send(child_id)
        self.wait_screen("tell-done")

    def tell_something_until_send(self, child_id):
        """The same, up to and including the tap on the wish that sends."""
        self.tap("home.tell")
        self.wait_screen("tell-child")
        self.tap(f"child.{child_id}")
        self.wait_screen("tell-topic")
        self.tap("topic.hurt")
        self.wait_screen("tell-feeling")
        self.tap("feeling.2")
        self.wait_screen("tell-wish")
        self.tap("wish.no_answer")

    def kill(self):
        """A pulled plug, as far as the process can tell: SIGKILL."""
        self.proc.kill()
        self.proc.wait()

    def tap(self, item_id):
        it = self.item(item_id)
        self.last_taps = getattr(self, "last_taps", {})
        self.last_taps[item_id] = it
        self.tap_xy(it["x"] + it["w"] // 2, it["y"] + it["h"] // 2)

    def tap_at_last(self, item_id):
        """Taps where `item_id` was when it was last tapped, whatever is there now."""
        it = self.last_taps[item_id]
        self.tap_xy(it["x"] + it["w"] // 2, it["y"] + it["h"] // 2)

    def tap_again(self, times=1, delay_ms=100):
        """More taps where the finger already is, `delay_ms` apart: a double or triple tap."""
        subprocess.run(["xdotool", "click", "--repeat", str(times), "--delay", str(delay_ms), "1"], check=True)

    def tap_xy(self, x, y):
        x += self.window[0]
        y += self.window[1]
        subprocess.run(["xdotool", "mousemove", "--sync", str(x), str(y), "click", "1"], check=True)

    def hold(self, item_id, seconds):
        """Presses on the item, keeps the finger there `seconds`, lifts it."""
        it = self.item(item_id)
        x, y = it["x"] + it["w"] // 2 + self.window[0], it["y"] + it["h"] // 2 + self.window[1]
        subprocess.run(["xdotool", "mousemove", "--sync", str(x), str(y), "mousedown", "1"], check=True)
        time.sleep(seconds)
        subprocess.run(["xdotool", "mouseup", "1"], check=True)

    def type_text(self, text):
        subprocess.run(["xdotool", "type", "--delay", "40", text], check=True)

    def tap_code(self, code):
        """Taps the code on the on-screen keys, each once the kiosk has taken the one before
        (the login screen maps `code.typed.N`); a tap lost on a slow frame is tapped again."""
        def typed():
            m = self.ui_map() or {"items": []}
            for it in m["items"]:
                if it["id"].startswith("code.typed."):
                    return int(it["id"].rsplit(".", 1)[1])
            return -1
        # An empty field first: after a wrong code the kiosk is still checking it (Argon2id)
        # for a while, and clears what was typed when it has its answer.
        assert wait_for(lambda: typed() == 0, 30), f"the code field holds {typed()} characters"
        for n, c in enumerate(code, 1):
            for _ in range(3):
                self.tap(f"key.{c}")
                if wait_for(lambda: typed() >= n, 5):
                    break
            assert typed() == n, f"the kiosk took {typed()} characters of the code, not {n}"
            time.sleep(0.05)  # a person's pace: two taps inside one slow frame would merge

    def teacher_login(self, code):
        """From home: holds the corner mark, taps the code on the on-screen keys, waits for the inbox."""
        self.hold("home.teacher", 3.6)
        self.wait_screen("teacher-login")
        self.tap_code(code)
        self.tap("key.ok")
        self.wait_screen("teacher-inbox", timeout=15)  # Argon2id takes its time on a busy machine

    def key(self, *keys):
        subprocess.run(["xdotool", "key"] + list(keys), check=True)

    def screenshot(self, name):
        path = os.path.join(artifacts_dir(), name)
        subprocess.run(["import", "-window", "root", path], check=True)
        return path

    def alive(self):
        return self.proc.poll() is None

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def demo_kiosk(binary, code=None, **kwargs):
    """What most tests start with: a display, a kiosk on the demo school, and the teacher code if given."""
    need_display()
    k = Kiosk(binary, **kwargs)
    k.demo()
    if code:
        assert k.cli("set-code", stdin=code + "\n").returncode == 0
    return k


def wait_for(check, timeout=10.0):
    """Polls `check` until it is true or `timeout` seconds pass; returns its last answer."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if check():
            return True
        time.sleep(0.1)
    return check()


def image_stats(path):
    """Width, height and number of distinct colours of a PNG (ImageMagick)."""
    out = subprocess.run(["identify", "-format", "%w %h %k", path], capture_output=True, text=True, check=True).stdout
    w, h, k = out.split()
    return int(w), int(h), int(k)
