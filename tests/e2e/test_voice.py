#!/usr/bin/env python3
"""The real kiosk speaks: with SDL's disk driver standing in for a loudspeaker,
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


def main(binary):
    raw = os.path.join(tempfile.mkdtemp(prefix="klasdeur-audio-"), "speaker.raw")
    k = demo_kiosk(binary, env={"KLASDEUR_AUDIO_DRIVER": "disk", "SDL_DISKAUDIOFILE": raw})
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

        # Held down: heard, not chosen.
        k.tap("child.class")
        k.wait_screen("tell-topic")
        time.sleep(2.5)
        _, mark = peak(raw)
        k.hold("topic.sick", 1.5)
        time.sleep(1.5)
        loud, mark = peak(raw, mark)
        assert loud > 0.05, f"the held picture was not heard: peak {loud}"
        assert k.ui_map()["screen"] == "tell-topic"

        # The speaker: silence for this parent.
        k.tap("voice.mute")
        time.sleep(0.5)
        _, mark = peak(raw)
        k.hold("topic.eating", 1.5)
        time.sleep(1.5)
        after, _ = peak(raw, mark)
        assert after < 0.01, f"muted, yet it spoke: peak {after}"
        print("e2e voice: ok")
        return 0
    finally:
        k.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
