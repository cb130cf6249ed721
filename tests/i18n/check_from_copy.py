#!/usr/bin/env python3
"""Runs scripts/update-translations --check on a copy of the sources placed at a different
depth than the project (CI clones into a deeper directory than a workstation does).

Regression test: the script once resolved lupdate's locations against the project instead of
the .ts file's directory; that happened to work only for clones two levels below /.
"""
import os
import shutil
import subprocess
import sys
import tempfile

PROJECT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
COPIED = ["scripts", "translations", "ui", "app", "ledger", "crypto"]


def main():
    with tempfile.TemporaryDirectory() as tmp:
        for depth in ("a", os.path.join("a", "b", "c", "d")):
            root = os.path.join(tmp, depth, "medilock")
            for d in COPIED:
                shutil.copytree(os.path.join(PROJECT, d), os.path.join(root, d))
            run = subprocess.run([sys.executable, os.path.join(root, "scripts", "update-translations"),
                                  "--check"], capture_output=True, text=True)
            if run.returncode != 0:
                print(f"--check fails on a copy at {root}:\n{run.stderr[:3000]}", file=sys.stderr)
                return 1
            shutil.rmtree(os.path.join(tmp, depth.split(os.sep)[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
