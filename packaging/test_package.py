#!/usr/bin/env python3
"""The Debian package, as a school's IT person gets it: built with CPack,
inspected (files, conffile, dependencies, maintainer scripts), unpacked into a
throw-away root where the installed binary must find its own assets and
catalogs (no environment variables) and pass `check`, a `demo` and a
`screenshot` (when there is a display). The systemd unit is checked with
`systemd-analyze verify` and the package with lintian, when they are there.

    test_package.py BUILD_DIR"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77


def run(*args, **kw):
    return subprocess.run(list(args), capture_output=True, text=True, **kw)


def check_usb_rule(deb):
    """The USB stick rule: sync mounts under /media (where the kiosk looks), through a program
    that exists, with every GOTO landing on its LABEL and only keys udev knows."""
    root = tempfile.mkdtemp(prefix="klasdeur-rule-")
    assert run("dpkg-deb", "-x", deb, root).returncode == 0
    rule = open(os.path.join(root, "lib/udev/rules.d/90-klasdeur-usb-stick.rules")).read()
    lines = [ln for ln in rule.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    keys = re.compile(r'^(SUBSYSTEM|ENV\{[A-Z_]+\}|ACTION|RUN\{program\}|GOTO|LABEL)(==|!=|=|\+=)"[^"]*"$')
    for ln in lines:
        for part in (p.strip() for p in ln.split(", ")):
            assert keys.match(part), f"not a udev key: {part!r} in {ln!r}"
    gotos = set(re.findall(r'GOTO="([^"]+)"', rule))
    labels = set(re.findall(r'LABEL="([^"]+)"', rule))
    assert gotos and gotos <= labels, (gotos, labels)
    mounts = [ln for ln in lines if "systemd-mount --no-block" in ln]
    assert len(mounts) == 1 and "--options=rw,nosuid,nodev,noexec,sync" in mounts[0] and " /media/klasdeur/" in mounts[0], mounts
    assert any("--umount" in ln and 'ACTION=="remove"' in ln for ln in lines)
    for program in set(re.findall(r'RUN\{program\}\+="(\S+)', rule)):
        assert os.access(program, os.X_OK) or not os.path.exists("/lib/systemd"), f"{program} is missing"
    shutil.rmtree(root)


def main(build):
    for tool in ("cpack", "dpkg-deb", "dpkg-shlibdeps"):
        if not shutil.which(tool):
            print(f"{tool} is missing (packaging/install-deps.sh installs it)")
            return 1
    out = tempfile.mkdtemp(prefix="klasdeur-deb-")
    r = run("cpack", "-G", "DEB", "-B", out, cwd=build)
    assert r.returncode == 0, r.stdout + r.stderr
    arch = run("dpkg", "--print-architecture").stdout.strip()
    version = next(l.split('"')[1] for l in open(os.path.join(build, "CPackConfig.cmake"))
                   if l.startswith("set(CPACK_PACKAGE_VERSION "))
    deb = os.path.join(out, f"klasdeur_{version}_{arch}.deb")
    assert os.path.exists(deb), os.listdir(out)
    print(f"built {os.path.basename(deb)}, {os.path.getsize(deb) // 1024} KiB")

    info = run("dpkg-deb", "-I", deb).stdout
    fields = run("dpkg-deb", "-f", deb).stdout
    depends = run("dpkg-deb", "-f", deb, "Depends").stdout
    for need in ("libsqlite3-0", "libglfw3", "libsodium23", "libical3", "libturbojpeg0", "libsystemd0",
                 "libsdl2-2.0-0", "libsndfile1", "libheif1", "libwebp7", "libwebpdemux2",
                 "fonts-noto-core", "fonts-noto-cjk", "fonts-noto-color-emoji", "cage", "xwayland", "adduser"):
        assert need in depends, f"Depends lacks {need}: {depends}"
    for script in ("postinst", "prerm", "postrm", "conffiles", "md5sums"):
        assert f" {script}" in info, f"no {script} in the control archive:\n{info}"
    conffiles = run("dpkg-deb", "--ctrl-tarfile", deb)
    ctrl = tempfile.mkdtemp(prefix="klasdeur-ctrl-")
    assert run("dpkg-deb", "-e", deb, ctrl).returncode == 0
    assert open(os.path.join(ctrl, "conffiles")).read().split() == ["/etc/klasdeur/klasdeur.conf"]
    for script in ("postinst", "prerm", "postrm"):
        assert run("sh", "-n", os.path.join(ctrl, script)).returncode == 0, script
    postrm = open(os.path.join(ctrl, "postrm")).read()
    assert "purge" in postrm and "rm -rf /var/lib/klasdeur" in postrm  # only a purge deletes the data
    prerm = open(os.path.join(ctrl, "prerm")).read()
    assert "stop klasdeur.service" in prerm  # removing stops the kiosk

    listing = run("dpkg-deb", "-c", deb).stdout
    paths = {line.split()[-1].lstrip(".") for line in listing.splitlines()}
    for need in ("/usr/bin/klasdeur", "/usr/share/klasdeur/assets/topics.tsv",
                 "/usr/share/klasdeur/locale/nl/LC_MESSAGES/klasdeur.mo",
                 "/usr/share/klasdeur/locale/ar/LC_MESSAGES/klasdeur.mo",
                 "/usr/share/klasdeur/migrations/0001_school.sql", "/usr/lib/klasdeur/kiosk-session",
                 "/lib/systemd/system/klasdeur.service", "/etc/klasdeur/klasdeur.conf",
                 "/lib/udev/rules.d/90-klasdeur-usb-stick.rules",
                 "/usr/share/doc/klasdeur/copyright", "/usr/share/man/man1/klasdeur.1.gz",
                 "/usr/share/klasdeur/voice/index.tsv", "/usr/share/klasdeur/voice/nl/what-is-it-about.opus",
                 "/usr/share/klasdeur/voice/ar/clips.tsv"):
        assert need in paths, f"{need} is not in the package"
    check_usb_rule(deb)
    # The voice: a clip per spoken message in each of espeak-ng's 13 languages, all within 15 MiB.
    clips = [line for line in listing.splitlines() if line.split()[-1].endswith(".opus")]
    assert len(clips) >= 13 * 60, len(clips)
    clip_bytes = sum(int(line.split()[2]) for line in clips)
    assert clip_bytes < 15 * 1024 * 1024, clip_bytes
    assert not any(p.startswith("/var/") for p in paths), "the package must not ship /var (StateDirectory= makes it)"
    assert not any(p.endswith(".db") for p in paths), "a database in the package"
    print(f"{len(paths)} paths, conffile, maintainer scripts and dependencies as they should be")

    # Unpacked into a throw-away root: the installed layout works on its own.
    root = tempfile.mkdtemp(prefix="klasdeur-root-")
    assert run("dpkg-deb", "-x", deb, root).returncode == 0
    exe = os.path.join(root, "usr/bin/klasdeur")
    data = tempfile.mkdtemp(prefix="klasdeur-installed-data-")
    env = {k: v for k, v in os.environ.items() if not k.startswith("KLASDEUR_")}
    # The conffile says where the data is; the binary reads it (here through KLASDEUR_CONF).
    conf = os.path.join(root, "etc/klasdeur/klasdeur.conf")
    text = open(conf).read()
    assert "KLASDEUR_DATA=/var/lib/klasdeur" in text
    with open(conf, "w") as f:
        f.write(text.replace("KLASDEUR_DATA=/var/lib/klasdeur", f"KLASDEUR_DATA={data}"))
    env["KLASDEUR_CONF"] = conf
    for args in (["demo"], ["check"]):
        r = run(exe, *args, env=env)
        assert r.returncode == 0, (args, r.stdout, r.stderr)
    assert os.path.exists(os.path.join(data, "klasdeur.db")), "the conf's KLASDEUR_DATA was not used"
    print("installed binary:", r.stdout.strip().splitlines()[0])
    if os.environ.get("DISPLAY"):
        png = os.path.join(data, "home.png")
        r = run(exe, "screenshot", "--screen", "home", "--lang", "ar", "--out", png, env=env)
        assert r.returncode == 0, r.stderr
        assert os.path.getsize(png) > 50_000, os.path.getsize(png)
        shutil.copy(png, os.path.join(build, "tests", "package-home-ar.png"))
        print("screenshot from the installed layout:", os.path.getsize(png), "bytes")
    # The session script: valid shell, and it turns the screen as the conf says.
    assert run("sh", "-n", os.path.join(root, "usr/lib/klasdeur/kiosk-session")).returncode == 0

    if shutil.which("systemd-analyze"):
        unit = open(os.path.join(root, "lib/systemd/system/klasdeur.service")).read()
        unit = unit.replace("/usr/lib/klasdeur/kiosk-session", os.path.join(root, "usr/lib/klasdeur/kiosk-session"))
        unit = unit.replace("/etc/klasdeur/klasdeur.conf", conf)
        check_dir = tempfile.mkdtemp(prefix="klasdeur-unit-")
        with open(os.path.join(check_dir, "klasdeur.service"), "w") as f:
            f.write(unit)
        r = run("systemd-analyze", "verify", os.path.join(check_dir, "klasdeur.service"))
        assert r.returncode == 0 and "klasdeur.service" not in r.stderr, r.stderr
        sec = run("systemd-analyze", "security", "--offline=yes", os.path.join(check_dir, "klasdeur.service"))
        level = [l for l in sec.stdout.splitlines() if "exposure level" in l]
        print("systemd-analyze verify: ok;", level[0].strip() if level else "")
    else:
        print("systemd-analyze is not here: the unit was not verified")

    if shutil.which("lintian"):
        r = run("lintian", "--fail-on", "error,warning", deb)
        problems = [l for l in r.stdout.splitlines() if l.startswith(("E:", "W:"))]
        assert r.returncode == 0 and not problems, r.stdout + r.stderr
        print("lintian: no errors, no warnings")
    else:
        print("lintian is not here: the package was not linted")
    shutil.rmtree(root)
    install_for_real(deb)
    return 0


INSTALL_SCRIPT = r"""
set -eu
m=$1; deb=$2
mount -t overlay overlay -o lowerdir=/,upperdir=$m/upper,workdir=$m/work $m/root
for d in proc dev sys; do mount --bind /$d $m/root/$d; done
mount -t tmpfs tmpfs $m/root/run
cp "$deb" $m/root/tmp/klasdeur.deb
in_root() { chroot $m/root sh -c "$1"; }
step() { echo "== $1"; }
step install;   in_root 'dpkg --force-depends -i /tmp/klasdeur.deb' >/dev/null
step user;      in_root 'getent passwd klasdeur'
step enabled;   in_root 'readlink /etc/systemd/system/graphical.target.wants/klasdeur.service'
step conffile;  in_root "dpkg-query -W -f='\${Conffiles}' klasdeur"; echo
# What systemd's StateDirectory= does when the service starts.
in_root 'install -d -o klasdeur -g klasdeur -m 700 /var/lib/klasdeur'
step check;     in_root 'cd / && runuser -u klasdeur -- klasdeur demo >/dev/null && runuser -u klasdeur -- klasdeur check'
in_root 'echo "KLASDEUR_ROTATE=90  # changed by the school" >> /etc/klasdeur/klasdeur.conf'
step upgrade;   in_root 'dpkg --force-depends --force-confold -i /tmp/klasdeur.deb >/dev/null && grep -c "changed by the school" /etc/klasdeur/klasdeur.conf'
step remove;    in_root 'dpkg -r klasdeur >/dev/null; ls /var/lib/klasdeur/klasdeur.db; test -e /usr/bin/klasdeur || echo binary-gone; getent passwd klasdeur >/dev/null && echo user-kept'
step purge;     in_root 'dpkg -P klasdeur >/dev/null; test -e /var/lib/klasdeur || echo data-gone; getent passwd klasdeur || echo user-gone; test -e /etc/klasdeur/klasdeur.conf || echo conf-gone'
"""


def install_for_real(deb):
    """dpkg -i, an upgrade, remove and purge, with the maintainer scripts run, in an
    overlay of this very system (so the system itself is untouched; needs root)."""
    if os.geteuid() != 0 or not shutil.which("unshare"):
        print("not root: the real install (dpkg -i in an overlay of this system) was skipped")
        return
    m = tempfile.mkdtemp(prefix="klasdeur-overlay-")
    for d in ("upper", "work", "root"):
        os.makedirs(os.path.join(m, d))
    script = os.path.join(m, "install.sh")
    with open(script, "w") as f:
        f.write(INSTALL_SCRIPT)
    r = run("unshare", "-m", "sh", script, m, deb)
    shutil.rmtree(m, ignore_errors=True)
    if "== install" not in r.stdout:
        print("an overlay of / cannot be mounted here: the real install was skipped;", r.stderr.strip()[:200])
        return
    assert r.returncode == 0, r.stdout + r.stderr
    parts = {}
    for block in r.stdout.split("== ")[1:]:
        name, _, body = block.partition("\n")
        parts[name.strip()] = body.strip()
    assert parts["user"].startswith("klasdeur:") and parts["user"].endswith("/usr/sbin/nologin"), parts["user"]
    assert parts["enabled"] == "/lib/systemd/system/klasdeur.service", parts["enabled"]
    assert "/etc/klasdeur/klasdeur.conf" in parts["conffile"], parts["conffile"]
    assert parts["check"].startswith("OK: /var/lib/klasdeur/klasdeur.db"), parts["check"]
    assert parts["upgrade"] == "1", "the school's change to the conffile was not kept"
    assert "/var/lib/klasdeur/klasdeur.db" in parts["remove"] and "binary-gone" in parts["remove"], parts["remove"]
    assert "user-kept" in parts["remove"]
    for gone in ("data-gone", "user-gone", "conf-gone"):
        assert gone in parts["purge"], parts["purge"]
    print("installed for real (overlay): user made, service enabled, conffile kept on upgrade, "
          "data kept on remove, gone on purge")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
