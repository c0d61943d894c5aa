#!/usr/bin/env python3
"""Makes the kiosk's synthetic voice at build time: one clip per (spoken
message, language), spoken by the espeak-ng program (run, not linked) and
compressed by opusenc, from the same catalogs the screens use.

    make_clips.py SOURCE_DIR OUT_DIR [--jobs N]

SOURCE_DIR is the project (assets/, lang/); OUT_DIR gets:
    index.tsv            clip id <TAB> msgid, for every spoken message
    <lang>/clips.tsv     clip id <TAB> sha256 of the spoken text <TAB> the text
    <lang>/<clip id>.opus

What is spoken is the translation, or where lang/spoken/<lang>.po has the
msgid, that spoken variant instead (Arabic with its vowel marks: espeak-ng reads
unvowelled Arabic badly). A clip is made again only when its text changed.
Languages espeak-ng 1.51 cannot speak (so, ti) get no clips: a school's own
recordings (`klasdeur voice import`) are their voice.
"""
import argparse
import concurrent.futures
import hashlib
import os
import re
import subprocess
import sys
import tempfile

# Our language code -> espeak-ng voice. so and ti: none in Debian 12's espeak-ng.
ESPEAK_VOICES = {
    "nl": "nl", "fr": "fr-fr", "en": "en-gb", "ar": "ar", "tr": "tr", "pl": "pl", "ro": "ro",
    "bg": "bg", "uk": "uk", "ru": "ru", "es": "es", "pt": "pt", "fa": "fa",
}
# A little slower than espeak's 175 words a minute: parents at a door, many not at home in the language.
SPEED = "150"


def parse_po(path):
    """msgid -> msgstr for the translated, non-fuzzy entries of a .po file."""
    entries, cur, field, fuzzy = {}, {}, None, False

    def unquote(s):
        s = s.strip()
        assert s.startswith('"') and s.endswith('"'), (path, s)
        return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(m.group(1), m.group(1)),
                      s[1:-1])

    def flush():
        nonlocal cur, fuzzy
        if cur.get("msgid") and cur.get("msgstr") and not fuzzy:
            entries[cur["msgid"]] = cur["msgstr"]
        cur, fuzzy = {}, False

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                flush()
                field = None
            elif line.startswith("#,") and "fuzzy" in line:
                fuzzy = True
            elif line.startswith("#"):
                continue
            elif line.startswith("msgid "):
                if "msgstr" in cur:
                    flush()
                field = "msgid"
                cur[field] = unquote(line[6:])
            elif line.startswith("msgstr "):
                field = "msgstr"
                cur[field] = unquote(line[7:])
            elif line.startswith('"') and field:
                cur[field] += unquote(line)
    flush()
    return entries


def spoken_msgids(source):
    """Every msgid the parent screens say, in a stable order, without repeats."""
    out, seen = [], set()

    def add(m):
        if m and m not in seen:
            seen.add(m)
            out.append(m)

    with open(os.path.join(source, "assets", "spoken.txt"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                add(line.strip())
    for table in ("topics.tsv", "feelings.tsv", "wishes.tsv", "event_types.tsv"):
        with open(os.path.join(source, "assets", table), encoding="utf-8") as f:
            for line in f:
                cells = line.rstrip("\n").split("\t")
                if not line.startswith("#") and len(cells) >= 3:
                    add(cells[2])
    return out


def clip_ids(msgids):
    """A file name for each msgid that a person recording a pack can read: "what-is-it-about"."""
    ids, used = {}, set()
    for m in msgids:
        slug = re.sub(r"[^a-z0-9]+", "-", m.lower()).strip("-")[:48].strip("-") or "clip"
        cand, n = slug, 2
        while cand in used:
            cand, n = f"{slug}-{n}", n + 1
        used.add(cand)
        ids[m] = cand
    return ids


def text_hash(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def make_clip(voice, text, out_path):
    with tempfile.NamedTemporaryFile(suffix=".wav") as wav:
        subprocess.run(["espeak-ng", "-v", voice, "-s", SPEED, "-w", wav.name, "--", text], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Speech, mono: 24 kb/s Opus is clear and ~3 kB a second.
        subprocess.run(["opusenc", "--quiet", "--bitrate", "24", "--speech", wav.name, out_path + ".tmp"], check=True)
    os.replace(out_path + ".tmp", out_path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("source")
    ap.add_argument("out")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    a = ap.parse_args()

    msgids = spoken_msgids(a.source)
    ids = clip_ids(msgids)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "index.tsv.tmp"), "w", encoding="utf-8") as f:
        f.write("# clip id\tmsgid (made by lang/voice/make_clips.py)\n")
        for m in msgids:
            f.write(f"{ids[m]}\t{m}\n")
    os.replace(os.path.join(a.out, "index.tsv.tmp"), os.path.join(a.out, "index.tsv"))

    jobs, manifests = [], {}
    for lang, voice in sorted(ESPEAK_VOICES.items()):
        po = os.path.join(a.source, "lang", f"{lang}.po")
        if not os.path.exists(po):
            continue
        written = parse_po(po)
        spoken_po = os.path.join(a.source, "lang", "spoken", f"{lang}.po")
        spoken = parse_po(spoken_po) if os.path.exists(spoken_po) else {}
        lang_dir = os.path.join(a.out, lang)
        os.makedirs(lang_dir, exist_ok=True)
        old = {}
        manifest = os.path.join(lang_dir, "clips.tsv")
        if os.path.exists(manifest):
            with open(manifest, encoding="utf-8") as f:
                for line in f:
                    cells = line.rstrip("\n").split("\t")
                    if len(cells) >= 2 and not line.startswith("#"):
                        old[cells[0]] = cells[1]
        rows = []
        for m in msgids:
            text = spoken.get(m) or written.get(m) or (m if lang == "en" else None)
            if not text:
                continue  # untranslated: the lang tests fail on it; no English in a Turkish voice
            h = text_hash(text)
            path = os.path.join(lang_dir, ids[m] + ".opus")
            rows.append((ids[m], h, text.replace("\t", " ").replace("\n", " ")))
            if old.get(ids[m]) != h or not os.path.exists(path):
                jobs.append((voice, text, path))
        manifests[manifest] = rows
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.jobs)) as pool:
        for fut in [pool.submit(make_clip, *j) for j in jobs]:
            fut.result()
    for manifest, rows in manifests.items():
        with open(manifest + ".tmp", "w", encoding="utf-8") as f:
            f.write("# clip id\tsha256 of the spoken text\tthe spoken text\n")
            for r in rows:
                f.write("\t".join(r) + "\n")
        os.replace(manifest + ".tmp", manifest)
    print(f"make_clips: {len(msgids)} messages, {len(manifests)} languages, {len(jobs)} clips made")
    return 0


if __name__ == "__main__":
    sys.exit(main())
