#!/usr/bin/env python3
"""A school's recordings come in with `klasdeur voice import`. And the real
kiosk speaks: with SDL's disk driver standing in for a loudspeaker,
tapping "tell the teacher" makes the step's question land in the file as
sound (not silence), a picture held down is heard and not chosen, and the
speaker button silences it."""
import array
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
from kiosk_driver import demo_kiosk  # noqa: E402


def peak(raw_file, start=0):
    """The loudest sample written to the 'device' from byte `start` on (32-bit floats)."""
    with open(raw_file, "rb") as f:
        f.seek(start)
        data = f.read()
    a = array.array("f")
    a.frombytes(data[: len(data) // 4 * 4])
    return max((abs(x) for x in a), default=0.0), os.path.getsize(raw_file)


def write_wav(path, seconds=1.0, rate=44100):
    """A tone as a phone's voice recorder might save it: 16-bit WAV, silence either side."""
    import math
    import struct
    import wave
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        n = int(rate * (seconds + 1.0))
        w.writeframes(b"".join(struct.pack("<h", int(12000 * math.sin(2 * math.pi * 330 * i / rate))
                                           if rate * 0.5 <= i < rate * (seconds + 0.5) else 0) for i in range(n)))


def voice_pack(k):
    """`klasdeur voice import`: the good recording comes in, the others are named, each with why."""
    stick = tempfile.mkdtemp(prefix="klasdeur-stick-")
    write_wav(os.path.join(stick, "what-is-it-about.wav"))
    write_wav(os.path.join(stick, "what-is-it-abuot.wav"))
    with open(os.path.join(stick, "sick.mp3"), "wb") as f:
        f.write(b"not a recording")
    r = k.cli("voice", "import", stick, "--lang", "so")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "1 recording imported for so; 2 skipped." in r.stdout, r.stdout
    assert "skipped sick.mp3: cannot be used" in r.stdout, r.stdout
    assert "skipped what-is-it-abuot.wav: no message is called" in r.stdout, r.stdout
    listing = k.cli("voice", "list").stdout.splitlines()
    assert any(line.split() == ["so", "1", "0", str(int(listing[1].split()[2]) - 1)] for line in listing), listing
    per_message = k.cli("voice", "list", "--lang", "so").stdout
    assert "recorded   what-is-it-about" in per_message, per_message
    assert k.cli("voice", "import", stick, "--lang", "xx").returncode != 0  # not a language of the kiosk


def main(binary):
    raw = os.path.join(tempfile.mkdtemp(prefix="klasdeur-audio-"), "speaker.raw")
    k = demo_kiosk(binary, env={"KLASDEUR_AUDIO_DRIVER": "disk", "SDL_DISKAUDIOFILE": raw})
    voice_pack(k)
    k.start()
    try:
        time.sleep(1.0)
        quiet, mark = peak(raw)
        assert quiet < 0.01, quiet  # home says nothing by itself
        k.tap("home.tell")
        k.wait_screen("tell-child")
        time.sleep(2.5)
        loud, mark = peak(raw, mark)
        assert loud > 0.05, f"the step's question was not heard: peak {loud}"

        def held(item):
            """The loudest sound while `item` is held down and a moment after."""
            _, mark = peak(raw)
            k.hold(item, 1.5)
            time.sleep(1.5)
            return peak(raw, mark)[0]

        # Held down: heard, not chosen.
        k.tap("child.class")
        k.wait_screen("tell-topic")
        time.sleep(2.5)
        loud = held("topic.sick")
        assert loud > 0.05, f"the held picture was not heard: peak {loud}"
        assert k.ui_map()["screen"] == "tell-topic"

        # The speaker: silence for this parent.
        k.tap("voice.mute")
        time.sleep(0.5)
        after = held("topic.eating")
        assert after < 0.01, f"muted, yet it spoke: peak {after}"
        print("e2e voice: ok")
        return 0
    finally:
        k.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
