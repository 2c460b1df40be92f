#!/usr/bin/env python3
"""The tree follows the one .clang-format (docs/ARCHITECTURE.md, "Code style").

check_format.py ROOT      fails naming each C++ file clang-format would change
check_format.py --self-test  shows the check fails on a badly laid-out file
Exits 77 (CTest's skip) when no clang-format is installed, saying so.
"""
import os
import shutil
import subprocess
import sys
import tempfile

DIRS = ("apps", "src", "tests", "bench", "fuzz")
EXTS = (".cpp", ".h", ".mm")
SKIP = 77


def clang_format():
    for name in (os.environ.get("CLANG_FORMAT"), "clang-format-14", "clang-format"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


def sources(root):
    for d in DIRS:
        for base, subdirs, files in os.walk(os.path.join(root, d)):
            subdirs.sort()
            for f in sorted(files):
                if f.endswith(EXTS):
                    yield os.path.join(base, f)


def unformatted(tool, root, files):
    bad = []
    for i in range(0, len(files), 64):
        chunk = files[i:i + 64]
        run = subprocess.run([tool, "--dry-run", "--Werror", "--style=file"] + chunk, cwd=root,
                             capture_output=True, text=True)
        if run.returncode != 0:
            bad += [f for f in chunk if f in run.stderr]
            if not any(f in run.stderr for f in chunk):
                sys.exit(f"check_format: clang-format failed: {run.stderr.strip().splitlines()[:1]}")
    return bad


def check(root):
    tool = clang_format()
    if not tool:
        print("check_format: skipped: no clang-format on PATH (Debian package clang-format)")
        return SKIP
    files = list(sources(root))
    bad = unformatted(tool, root, files)
    for f in bad:
        print(f"check_format: {os.path.relpath(f, root)}: not laid out by .clang-format")
    if bad:
        print(f"check_format: fix with: clang-format -i <file> ({len(bad)} of {len(files)} files)")
        return 1
    print(f"check_format: {len(files)} files follow .clang-format")
    return 0


def self_test(root):
    tool = clang_format()
    if not tool:
        print("check_format: skipped: no clang-format on PATH (Debian package clang-format)")
        return SKIP
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(os.path.join(root, ".clang-format"), tmp)
        os.makedirs(os.path.join(tmp, "src"))
        good = os.path.join(tmp, "src", "good.cpp")
        with open(good, "w") as f:
            f.write("int main() { return 0; }\n")
        if check(tmp) != 0:
            print("check_format self-test: a well laid-out file was refused")
            return 1
        with open(os.path.join(tmp, "src", "planted.cpp"), "w") as f:
            f.write("int  main( ){return 0 ;}\n")
        if check(tmp) != 1:
            print("check_format self-test: a planted badly laid-out file was not caught")
            return 1
    print("check_format self-test: the planted file was caught")
    return 0


if __name__ == "__main__":
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    if len(sys.argv) > 1 and sys.argv[1] == "--self-test":
        sys.exit(self_test(here))
    sys.exit(check(os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else here))
