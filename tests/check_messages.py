#!/usr/bin/env python3
"""Every sentence the kiosk gives its problem and notice API is a msgid of
lang/klasdeur.pot, so it can be shown in the reader's language (as ImHex's
tests/check_langs.py holds its code to its language files).

The API is what makes a message (domain/message.h): TeacherAdmin's SetProblem
and SetNotice, AdminError (a refusal teacher mode shows), and Message itself.
At each call in kiosk/ the first argument must be an N_("...") literal, or a
choice between them (`cls ? N_("a") : N_("b")`), that klasdeur.pot holds, and
one value must follow for each "%s"/"%d" in it. Anything else fails: built
text ("Cannot read " + path), e.what(), a variable, a literal without N_(),
since no catalog could ever translate it. Declarations and the API's own
templates, which pass on `msgid, args...`, are let through.

usage: check_messages.py [REPO]   (default: the repository this file is in)
exit 0: all calls hold; 1: the problems, one per line, file:line first.
"""
import pathlib
import re
import sys

API = re.compile(r"\b(SetProblem|SetNotice|AdminError|Message)\s*([({])")
LITERAL = re.compile(r'"(?:[^"\\\n]|\\.)*"')
N_CALL = re.compile(r'\bN_\s*\(\s*((?:"(?:[^"\\\n]|\\.)*"\s*)+)\)')
# `const char* msgid`, `Message m`, `const std::string& s`: a parameter, so this is a declaration.
PARAMETER = re.compile(r"^(?:const\s+)?[A-Za-z_][\w:<>]*(?:\s*[&*]+\s*|\s+)[A-Za-z_]\w*$")
# N_() literals, alone or chosen between with ?: (the condition holds no string).
CHOICE = re.compile(r"^(?:[^?\"]+\?\s*LIT\s*:\s*)*LIT$")
PLACEHOLDER = re.compile(r"%[sd]")
ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "'": "'"}


def unescape(body):
    return re.sub(r"\\(.)", lambda m: ESCAPES.get(m.group(1), m.group(1)), body)


def pot_msgids(pot_text):
    """The msgids of a .pot (continuation lines joined, escapes undone)."""
    ids, current = set(), None
    for line in pot_text.splitlines():
        if line.startswith("msgid "):
            current = [line[len("msgid "):].strip()]
        elif current is not None and line.startswith('"'):
            current.append(line.strip())
        else:
            if current is not None:
                ids.add("".join(unescape(part[1:-1]) for part in current))
            current = None
    if current is not None:
        ids.add("".join(unescape(part[1:-1]) for part in current))
    ids.discard("")
    return ids


def blank_comments(src):
    """The source with comments turned to spaces (newlines kept), strings kept."""
    out, i, n = [], 0, len(src)
    while i < n:
        c = src[i]
        if src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif src.startswith("/*", i):
            j = src.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", src[i:j]))
            i = j
        elif c == "R" and src.startswith('R"', i) and (i == 0 or not (src[i - 1].isalnum() or src[i - 1] == "_")):
            m = re.compile(r'R"([^(\s]*)\(').match(src, i)
            end = src.find(")" + m.group(1) + '"', m.end()) if m else -1
            j = n if end < 0 else end + len(m.group(1)) + 2
            out.append(src[i:j])
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and src[j] != c and src[j] != "\n":
                j += 2 if src[j] == "\\" else 1
            out.append(src[i:j + 1])
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def call_arguments(code, open_at):
    """The top-level arguments of the call whose bracket is at open_at."""
    closing = {"(": ")", "[": "]", "{": "}"}
    stack, args, start, i = [code[open_at]], [], open_at + 1, open_at + 1
    while i < len(code) and stack:
        c = code[i]
        if c in "\"'":
            j = i + 1
            while j < len(code) and code[j] != c:
                j += 2 if code[j] == "\\" else 1
            i = j
        elif c in closing:
            stack.append(c)
        elif c in ")]}":
            stack.pop()
            if not stack:
                args.append(code[start:i])
        elif c == "," and len(stack) == 1:
            args.append(code[start:i])
            start = i + 1
        i += 1
    args = [" ".join(a.split()) for a in args]
    return [] if args == [""] else args


def check_source(name, src, msgids):
    """Problems in one file's calls, and how many calls were checked."""
    code = blank_comments(src)
    in_string = [False] * len(code)
    for m in LITERAL.finditer(code):
        for k in range(m.start(), m.end()):
            in_string[k] = True
    problems, checked = [], 0
    for m in API.finditer(code):
        if in_string[m.start()] or re.search(r"\b(struct|class)\s+$", code[:m.start()]):
            continue
        args = call_arguments(code, m.start(2))
        if not args or PARAMETER.match(args[0]) or args == ["msgid", "args..."]:
            continue  # no message, a declaration, or the API passing on its caller's msgid
        checked += 1
        where = f"{name}:{code.count(chr(10), 0, m.start()) + 1}: {m.group(1)}"
        literals = [unescape("".join(p[1:-1] for p in LITERAL.findall(g.group(1)))) for g in N_CALL.finditer(args[0])]
        shape = N_CALL.sub("LIT", args[0])
        if not literals or not CHOICE.match(shape):
            what = "a string that is not an N_() msgid" if '"' in shape else "not an N_() msgid"
            problems.append(f"{where}({args[0]}): {what}; put the sentence in N_(\"...\") and its values after it")
            continue
        for text in literals:
            if text not in msgids:
                problems.append(f'{where}: "{text}" is not in lang/klasdeur.pot (run lang/update-pot.sh)')
            wanted = len(PLACEHOLDER.findall(text))
            if wanted != len(args) - 1:
                problems.append(f'{where}: "{text}" has {wanted} placeholder(s) but is given {len(args) - 1} value(s)')
    return problems, checked


def self_test():
    """The rules themselves, on made-up lines: what must pass and what must fail."""
    ids = {"Saved.", "Cannot read %s", "A is empty.", "B is empty."}
    good = [
        'SetProblem(N_("Saved."));',
        'SetProblem(N_("Cannot read %s"), path);',
        'throw AdminError(a ? N_("A is empty.") : N_("B is empty."));',
        'void SetProblem(const char* msgid, const A&... args) { m = Message(msgid, args...); }',
        "Message m = Message();",
        'struct Message {',
        '// SetProblem("in a comment")',
        'log("SetProblem(x) in a string");',
    ]
    bad = [
        'SetProblem("Saved.");',
        "SetProblem(e.what());",
        'SetProblem("Cannot read " + path);',
        'SetNotice(N_("Not in the pot."));',
        'SetProblem(N_("Cannot read %s"));',
        "throw AdminError(what);",
        'Message(N_("Saved."), extra);',
    ]
    failures = []
    for line in good:
        if check_source("good", line, ids)[0]:
            failures.append(f"self-test: should pass: {line}")
    for line in bad:
        if not check_source("bad", line, ids)[0]:
            failures.append(f"self-test: should fail: {line}")
    return failures


def main():
    repo = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[1])
    msgids = pot_msgids((repo / "lang" / "klasdeur.pot").read_text(encoding="utf-8"))
    problems, checked = self_test(), 0
    for path in sorted((repo / "kiosk").rglob("*")):
        if path.suffix not in (".cpp", ".h"):
            continue
        found, n = check_source(str(path.relative_to(repo)), path.read_text(encoding="utf-8"), msgids)
        problems += found
        checked += n
    if checked == 0:
        problems.append("no call to SetProblem, SetNotice, AdminError or Message found: is this the repository?")
    for p in problems:
        print(p)
    print(f"{checked} messages checked against {len(msgids)} msgids of lang/klasdeur.pot; {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
