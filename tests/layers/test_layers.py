#!/usr/bin/env python3
"""The layers are enforced by the build: for each layer, a source file compiled
with exactly the flags CMake gives that layer's own sources (from
compile_commands.json) can include a header of every layer below it and of
itself, and cannot include one of any layer above it.

    test_layers.py BUILD_DIR SOURCE_DIR
"""
import concurrent.futures
import json
import os
import shlex
import subprocess
import sys
import tempfile

# Bottom up, as in docs/ARCHITECTURE.md: what each layer may include.
ORDER = ["domain", "store", "i18n", "services", "media", "ui", "screens", "app", "cli"]
ALLOWED = {
    "domain": {"domain"},
    "store": {"domain", "store"},
    "i18n": {"domain", "i18n"},
    "services": {"domain", "store", "i18n", "services"},
    "media": {"domain", "store", "i18n", "services", "media"},
    "ui": {"domain", "store", "i18n", "services", "media", "ui"},
    "screens": {"domain", "store", "i18n", "services", "media", "ui", "screens"},
    # The controller's sources in app/ see no ImGui layer (media has none: the
    # voice packs); the frame and the GL app do.
    "app": {"domain", "store", "i18n", "services", "media", "app"},
    "cli": {"domain", "store", "i18n", "services", "media", "cli"},
}


def main(build, source):
    with open(os.path.join(build, "compile_commands.json")) as f:
        commands = json.load(f)
    kiosk = os.path.join(source, "kiosk")
    # One header per layer to include (the first in name order).
    header = {}
    for layer in ORDER:
        names = sorted(n for n in os.listdir(os.path.join(kiosk, layer)) if n.endswith(".h"))
        header[layer] = f"{layer}/{names[0]}"
    # One compile command per layer: that of its first source file.
    flags = {}
    for c in commands:
        rel = os.path.relpath(c["file"], kiosk)
        layer = rel.split(os.sep)[0]
        if layer in ALLOWED and layer not in flags and (layer != "app" or "controller" in rel):
            args = shlex.split(c["command"]) if "command" in c else c["arguments"]
            keep = [a for a in args if a.startswith(("-I", "-isystem", "-D", "-std"))]
            # -isystem takes its path as the next argument.
            for i, a in enumerate(args):
                if a == "-isystem":
                    keep += [a, args[i + 1]]
            flags[layer] = (args[0], keep, c["directory"])
    failures = [f"no compile command for a source in kiosk/{layer}/" for layer in ORDER if layer not in flags]
    with tempfile.TemporaryDirectory() as tmp:
        def probe(pair):
            layer, other = pair
            path = os.path.join(tmp, f"{layer}-{other}.cpp")
            with open(path, "w") as f:
                f.write(f'#include "{header[other]}"\n')
            compiler, keep, cwd = flags[layer]
            r = subprocess.run([compiler, *keep, "-fsyntax-only", path], cwd=cwd, capture_output=True, text=True)
            ok, want = r.returncode == 0, other in ALLOWED[layer]
            if ok == want:
                return None
            if ok:
                return f"{layer}/ including {header[other]} compiles"
            return f"{layer}/ including {header[other]} does not compile: {r.stderr.strip().splitlines()[0]}"

        pairs = [(layer, other) for layer in ORDER if layer in flags for other in ORDER]
        with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            failures += [f for f in pool.map(probe, pairs) if f]
        checked = len(pairs)
    for f in failures:
        print("FAIL:", f)
    print(f"{checked - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
