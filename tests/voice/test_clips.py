#!/usr/bin/env python3
"""The voice made at build time is complete and current.

    test_clips.py SOURCE_DIR VOICE_DIR

- every spoken message has a clip in every language espeak-ng speaks, and the
  text each clip says is the catalog's text now (a changed translation that
  did not make a new clip fails: its hash differs);
- a spoken variant (lang/spoken/<ll>.po) says the same words as the written
  translation, only vowelled: a translation changed without its variant fails
  (an entry whose comment explains a deliberate difference in "wording" is let be);
- languages without a synthetic voice (so, ti) are reported, not failed: a
  school's recordings are their voice.
"""
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "lang", "voice"))
import make_clips  # noqa: E402

# Arabic's vowel marks, dagger alif and tatweel: what a spoken variant may add.
MARKS = re.compile("[\u064B-\u0652\u0670\u0640]")


def manifest(path):
    rows = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            cells = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(cells) >= 2:
                rows[cells[0]] = cells[1]
    return rows


def explained(po, msgid):
    """Whether the variant's entry carries a comment about its wording."""
    with open(po, encoding="utf-8") as f:
        text = f.read()
    i = text.find(f'msgid "{msgid}"')
    block = text[text.rfind("\n\n", 0, i) + 2:i] if i > 0 else ""
    return "wording" in block or "left out" in block


def main(source, voice):
    msgids = make_clips.spoken_msgids(source)
    ids = make_clips.clip_ids(msgids)
    problems = []
    index = manifest(os.path.join(voice, "index.tsv"))
    for m in msgids:
        if ids[m] not in index:
            problems.append(f"index.tsv lacks {m!r}")
    for lang in sorted(make_clips.ESPEAK_VOICES):
        po = os.path.join(source, "lang", f"{lang}.po")
        written = make_clips.parse_po(po)
        spoken_po = os.path.join(source, "lang", "spoken", f"{lang}.po")
        spoken = make_clips.parse_po(spoken_po) if os.path.exists(spoken_po) else {}
        clips = manifest(os.path.join(voice, lang, "clips.tsv"))
        for m in msgids:
            text = spoken.get(m) or written.get(m) or (m if lang == "en" else None)
            if not text:
                problems.append(f"{lang}: {m!r} is not translated, so it has no clip")
                continue
            if not os.path.isfile(os.path.join(voice, lang, ids[m] + ".opus")):
                problems.append(f"{lang}: no clip for {m!r}")
            elif clips.get(ids[m]) != make_clips.text_hash(text):
                problems.append(f"{lang}: the clip for {m!r} says an older text")
        for m, variant in spoken.items():
            if m not in written:
                problems.append(f"lang/spoken/{lang}.po: {m!r} is not in {lang}.po")
            elif MARKS.sub("", variant) != MARKS.sub("", written[m]) and not explained(spoken_po, m):
                problems.append(f"lang/spoken/{lang}.po: {m!r} says other words than {lang}.po "
                                f"({written[m]!r}): vowel it again from the new translation")
    catalogs = sorted(f[:-3] for f in os.listdir(os.path.join(source, "lang")) if f.endswith(".po"))
    silent = [c for c in catalogs if c not in make_clips.ESPEAK_VOICES]
    for lang in silent:
        packs = "a school's recordings (klasdeur voice import) are its only voice"
        print(f"voice: {lang}: no synthetic voice in Debian 12's espeak-ng; {packs}")
    print(f"voice: {len(msgids)} messages x {len(make_clips.ESPEAK_VOICES)} languages checked")
    for p in problems:
        print("FAIL:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
