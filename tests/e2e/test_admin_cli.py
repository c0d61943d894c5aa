#!/usr/bin/env python3
"""The school's list, polls and settings from the command line (klasdeur class,
child, poll, settings) on a demo school: lists as aligned columns, changes
checked, every refusal one sentence on stderr with exit code 1."""
import datetime
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import zoneinfo


def main(binary):
    data = tempfile.mkdtemp(prefix="klasdeur-admin-")
    db_file = os.path.join(data, "klasdeur.db")

    def run(*args):
        return subprocess.run([binary, "--data", data] + list(args), capture_output=True, text=True, timeout=60)

    def ok(*args):
        r = run(*args)
        assert r.returncode == 0, (args, r.returncode, r.stdout, r.stderr)
        return r.stdout

    def refused(expected, *args):
        r = run(*args)
        assert r.returncode == 1, (args, r.returncode, r.stdout, r.stderr)
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("klasdeur: ") and expected in lines[0], (args, r.stderr)
        return lines[0]

    def query(sql, *params):
        db = sqlite3.connect(db_file)
        try:
            return db.execute(sql, params).fetchall()
        finally:
            db.close()

    def rows(text):
        return [re.split(r"\s{2,}", line) for line in text.splitlines()]

    for family in ("class", "child", "poll", "settings"):
        r = subprocess.run([binary, family, "--help"], capture_output=True, text=True)
        assert r.returncode == 0 and "list" in r.stdout, (family, r.stdout)
    assert "night_start" in subprocess.run([binary, "settings", "--help"], capture_output=True, text=True).stdout

    # An empty kiosk lists nothing, and says so on stderr.
    r = run("class", "list")
    assert r.returncode == 0 and r.stdout == "" and "no class yet" in r.stderr, r
    ok("demo")

    # --- Classes ------------------------------------------------------------
    classes = rows(ok("class", "list"))
    assert classes == [["1", "🦋", "De Vlinders", "Juf Sarah", "20 children"]], classes
    out = ok("class", "add", "  De Bijtjes ", "--teacher", "Juf Ann", "--symbol", "bee")
    assert out == "Class 2 added: 🐝 De Bijtjes (Juf Ann).\n", out
    refused("already a class called De Bijtjes", "class", "add", "de bijtjes", "--teacher", "X", "--symbol", "🐝")
    refused("not one of the symbols", "class", "add", "De Inktvissen", "--teacher", "X", "--symbol", "🦑")
    refused("at most 40 characters", "class", "add", "x" * 41, "--teacher", "X", "--symbol", "fox")
    refused("is empty", "class", "add", "   ", "--teacher", "X", "--symbol", "fox")
    assert ok("class", "rename", "2", "De Bijen") == "Class 2 is now De Bijen (Juf Ann).\n"
    ok("class", "rename", "2", "De Bijen", "--teacher", "Meester Tom")
    refused("no class with id 9", "class", "rename", "9", "X")
    # Sorted by name; the columns line up.
    lines = ok("class", "list").splitlines()
    assert [l.split()[0] for l in lines] == ["2", "1"], lines
    assert lines[0].index("Meester Tom") == lines[1].index("Juf Sarah"), lines
    assert query("SELECT name, teacher, symbol FROM classes WHERE id = 2") == [("De Bijen", "Meester Tom", "🐝")]

    # --- Children -----------------------------------------------------------
    kids = rows(ok("child", "list", "--class", "1"))
    assert len(kids) == 20 and all(k[4] == "De Vlinders" for k in kids), kids
    noor = next(k for k in kids if k[2] == "Noor")
    assert noor[1] == "🦊" and noor[3] == "photos", noor
    assert rows(ok("child", "list", "--class", "2")) == []
    free = rows(ok("child", "symbols", "--class", "1"))
    assert ["dog", "🐶"] in free and ["fox", "🦊"] not in free, free

    assert ok("child", "add", "Sami", "--class", "1", "--symbol", "🐶", "--consent").startswith("Child 21 added to De Vlinders: 🐶 Sami")
    refused("There is already a child called Sami in this class.", "child", "add", "SAMI", "--class", "1", "--symbol", "rabbit")
    refused("Another child in this class already has 🦊 (Noor).", "child", "add", "Mo", "--class", "1", "--symbol", "fox")
    refused("no class with id 7", "child", "add", "Mo", "--class", "7", "--symbol", "rabbit")
    refused("no class with id 7", "child", "list", "--class", "7")
    ok("child", "add", "Sami", "--class", "2", "--symbol", "dog")  # another class: the same name and symbol are fine
    assert ok("child", "rename", "21", " Sami Ben ") == "Child 21 is now called Sami Ben.\n"
    refused("already a child called Noor", "child", "rename", "21", "noor")
    ok("child", "symbol", "21", "rabbit")
    refused("already has ⚽ (Yonas)", "child", "symbol", "21", "⚽\ufe0f")  # with or without the presentation selector
    ok("child", "consent", "21", "no")
    assert query("SELECT first_name, symbol, photo_consent, active FROM children WHERE id = 21") == [("Sami Ben", "🐰", 0, 1)]
    r = run("child", "consent", "21", "maybe")
    assert r.returncode != 0 and "maybe" in r.stderr, r

    # Removed: off the list, the row kept; its symbol free for others; the same name brings the child back.
    ok("child", "remove", "21")
    assert len(rows(ok("child", "list", "--class", "1"))) == 20
    refused("no child with id 21", "child", "remove", "21")
    refused("no child with id 21", "child", "rename", "21", "X")
    ok("child", "symbol", "1", "rabbit")  # Noor takes the removed child's symbol
    out = ok("child", "add", "sami ben", "--class", "1", "--symbol", "fox")
    assert out.startswith("Child 21 added"), out
    assert query("SELECT count(*) FROM children WHERE class_id = 1")[0][0] == 21

    # --- Polls --------------------------------------------------------------
    today = datetime.datetime.now(zoneinfo.ZoneInfo("Europe/Brussels")).date()
    party = query("SELECT id FROM events WHERE uid = 'demo-party'")[0][0]
    until = (today + datetime.timedelta(days=6)).isoformat()
    out = ok("poll", "create", "--question", "how_was", "--event", str(party), "--until", until)
    m = re.match(r"Poll (\d+) \(De Vlinders\) is open from (\S+) to (\S+): How was it\? \(Peuterfeest\)\n", out)
    assert m and m.group(2) == today.isoformat() and m.group(3) == until, out
    poll = m.group(1)
    school = re.match(r"Poll (\d+) \(whole school\)", ok("poll", "create", "--question", "welcome", "--until", until)).group(1)
    refused("--until takes a date like", "poll", "create", "--question", "again", "--until", "next week")
    refused("at most 60 days", "poll", "create", "--question", "again",
            "--until", (today + datetime.timedelta(days=61)).isoformat())
    refused("before it opens", "poll", "create", "--question", "again",
            "--until", (today - datetime.timedelta(days=1)).isoformat())
    refused("no event with id 999", "poll", "create", "--question", "again", "--event", "999", "--until", until)
    refused("another class's", "poll", "create", "--question", "again", "--event", str(party), "--class", "2",
            "--until", until)
    r = run("poll", "create", "--question", "how_is_the_weather", "--until", until)
    assert r.returncode != 0 and "how_is_the_weather" in r.stderr, r
    assert query("SELECT question FROM polls WHERE id = ?", int(poll)) == [("How was it?",)]

    polls = rows(ok("poll", "list", "--class", "1"))
    assert [p[0] for p in polls] == [school, poll, "1"], polls  # newest first; the demo's poll last
    assert polls[1][1] == "open" and polls[1][4] == "0 answers" and polls[1][6] == "how_was (How was it?) about Peuterfeest", polls
    assert [p[0] for p in rows(ok("poll", "list", "--class", "2"))] == [school]

    db = sqlite3.connect(db_file)
    db.executemany("INSERT INTO poll_answers(poll_id, face, answered_at) VALUES(?, ?, 0)",
                   [(int(poll), f) for f in (1, 1, 1, 2, 5)])
    db.commit()
    db.close()
    results = ok("poll", "results", poll).splitlines()
    assert results[0] == "Poll %s: How was it? (Peuterfeest)" % poll, results
    assert rows("\n".join(results[2:7]))[0] == ["1", "😄", "Very happy", "3", "60%"], results
    assert results[-1] == "5 answers", results
    refused("no poll with id 999", "poll", "results", "999")
    ok("poll", "close", poll)
    closed = next(p for p in rows(ok("poll", "list")) if p[0] == poll)
    assert closed[1] == "closed" and closed[3] == (today - datetime.timedelta(days=1)).isoformat(), closed
    refused("no poll with id 999", "poll", "close", "999")

    # --- Settings -----------------------------------------------------------
    settings = rows(ok("settings", "list"))
    keys = [s[0] for s in settings]
    for key in ("idle_timeout_s", "default_lang", "teacher_lang", "mode", "class_id", "time_zone", "kiosk_id",
                "photo_retention_days", "keep_originals", "show_heard", "attract_delay_s", "teacher_idle_timeout_s",
                "concern_retention_days", "languages", "night_start", "night_end", "photo_folder", "calendar_file"):
        assert key in keys, (key, keys)
    assert ["teacher_idle_timeout_s", "default", "120"] in settings, settings
    # Every row of the settings table, once, in the table's order: as --help lists them, with their defaults.
    help_text = subprocess.run([binary, "settings", "--help"], capture_output=True, text=True).stdout
    helped = help_text.split("Settings (the default in brackets):\n", 1)[1].splitlines()
    help_keys = [line.split()[0] for line in helped if line.startswith("  ")]
    assert keys == help_keys, (keys, help_keys)
    assert sorted(keys) == sorted(["idle_timeout_s", "default_lang", "teacher_lang", "mode", "class_id", "time_zone",
                                   "kiosk_id", "photo_retention_days", "keep_originals", "show_heard", "voice", "voice_volume", "attract_delay_s",
                                   "teacher_idle_timeout_s", "concern_retention_days", "languages", "night_start",
                                   "night_end", "last_look", "voice_folder", "photo_folder", "calendar_file"]), keys
    for row in settings:  # key, set/default, the value in effect (an empty one leaves the column off)
        assert len(row) in (2, 3) and row[1] in ("set", "default"), row
        assert ok("settings", "get", row[0]) == (row[2] if len(row) == 3 else "") + "\n", row
    for key, default in (("idle_timeout_s", "(60)"), ("mode", "(classroom)"), ("class_id", "(0: the first class)"),
                         ("languages", "(empty: every language)"), ("night_end", "(empty: no night)")):
        line = next(line for line in helped if line.split()[0] == key)
        assert line.endswith(default), (key, line)
    assert ok("settings", "get", "time_zone") == "Europe/Brussels\n"

    refused("idle_timeout_s must be a number of seconds from 10 to 3600, not '0'", "settings", "set", "idle_timeout_s", "0")
    refused("from 1 to 3650", "settings", "set", "photo_retention_days", "-1")
    refused("there is no language 'xx'", "settings", "set", "default_lang", "xx")
    refused("there is no language 'xx'", "settings", "set", "languages", "nl,xx")
    refused("each once", "settings", "set", "languages", "nl,fr,nl")
    refused("no setting called 'idle'", "settings", "set", "idle", "60")
    refused("no setting called 'idle'", "settings", "get", "idle")
    refused("from 00:00 to 23:59", "settings", "set", "night_start", "24:00")
    refused("from 00:00 to 23:59", "settings", "set", "night_end", "7:00")
    refused("time zone", "settings", "set", "time_zone", "Mars/Olympus")
    refused("no class with id 9", "settings", "set", "class_id", "9")
    assert query("SELECT count(*) FROM settings WHERE key IN ('idle', 'languages', 'night_start')") == [(0,)]

    ok("settings", "set", "idle_timeout_s", "90")
    assert ok("settings", "get", "idle_timeout_s") == "90\n"
    ok("settings", "set", "languages", "nl,fr,ar")
    assert "set night_end too" in ok("settings", "set", "night_start", "19:00")
    assert "Note" not in ok("settings", "set", "night_end", "07:00")
    ok("settings", "set", "photo_folder", "/media/usb stick")
    ok("settings", "set", "photo_folder", "")
    ok("settings", "set", "class_id", "2")
    stored = dict(query("SELECT key, value FROM settings"))
    assert stored["idle_timeout_s"] == "90" and stored["languages"] == "nl,fr,ar" and stored["night_start"] == "19:00", stored
    assert ["languages", "set", "nl,fr,ar"] in rows(ok("settings", "list"))
    # A value stored behind the kiosk's back that does not parse: shown as bad, the default in effect.
    db = sqlite3.connect(db_file)
    db.execute("UPDATE settings SET value = 'soon' WHERE key = 'idle_timeout_s'")
    db.commit()
    db.close()
    r = run("settings", "list")
    assert r.returncode == 0 and ["idle_timeout_s", "bad", "60"] in rows(r.stdout) and "soon" in r.stderr, r

    # --- Removing classes ---------------------------------------------------
    refused("add --force", "class", "remove", "2")  # Sami is in it
    photos = [os.path.join(data, f) for (f,) in query("SELECT screen_file FROM photos WHERE class_id = 1")]
    assert photos and all(os.path.exists(p) for p in photos)
    messages = query("SELECT count(*) FROM concerns WHERE class_id = 1")[0][0]
    refused("still has 21 children and %d message" % messages, "class", "remove", "1")
    out = ok("class", "remove", "1", "--force")
    assert out.startswith("Class 1 (De Vlinders) removed, with 21 children, 12 photos"), out
    assert not any(os.path.exists(p) for p in photos)
    assert query("SELECT count(*) FROM children WHERE class_id = 1") == [(0,)]
    refused("the last one and cannot be removed", "class", "remove", "2", "--force")
    assert rows(ok("class", "list")) == [["2", "🐝", "De Bijen", "Meester Tom", "1 child"]]
    assert ok("check").startswith("OK")
    print("admin cli: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
