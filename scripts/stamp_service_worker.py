#!/usr/bin/python3
"""Writes the web app's service worker, DIST/sw.js, from its template with this build stamped in.

Usage: stamp_service_worker.py DIST TEMPLATE

The files the worker precaches are every file in DIST (found by walking it, so a file the page
gains later is cached without anyone listing it), except sw.js itself, which the browser keeps
apart from any cache, and hidden files. Each is listed with its SHA-256, which the worker checks
while installing. The version is a hash of that listing and of the template: any change to a
file the page loads, or to the worker's own code, makes a new version; an unchanged build writes
a byte-identical sw.js, which browsers do not reinstall.

The template holds two placeholders, each exactly once: '@VERSION@' (a quoted string) and
/*@FILES@*/ {} (an object literal).
"""
import hashlib
import json
import os
import sys
from pathlib import Path

WORKER = "sw.js"
VERSION_PLACEHOLDER = "'@VERSION@'"
FILES_PLACEHOLDER = "/*@FILES@*/ {}"


def listing(dist):
    """{relative path: sha256 hex} of every file the page may load, in path order."""
    files = {}
    for path in sorted(p for p in dist.rglob("*") if p.is_file()):
        relative = path.relative_to(dist)
        if relative.as_posix() == WORKER or any(part.startswith(".") for part in relative.parts):
            continue
        files[relative.as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return files


def version(template, files):
    """16 hex digits: enough to tell builds apart, short enough to read in a cache name."""
    digest = hashlib.sha256(template.encode())
    digest.update(b"\0" + json.dumps(files, sort_keys=True).encode())
    return digest.hexdigest()[:16]


def stamp(template, files):
    for placeholder in (VERSION_PLACEHOLDER, FILES_PLACEHOLDER):
        if template.count(placeholder) != 1:
            sys.exit(f"stamp_service_worker: the template must hold {placeholder} exactly once")
    return (template.replace(VERSION_PLACEHOLDER, json.dumps(version(template, files)))
            .replace(FILES_PLACEHOLDER, json.dumps(files, indent=2)))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    dist, template_path = Path(sys.argv[1]), Path(sys.argv[2])
    files = listing(dist)
    if "index.html" not in files:
        sys.exit(f"stamp_service_worker: {dist} holds no index.html; build the page first")
    worker = stamp(template_path.read_text(encoding="utf-8"), files)
    # Written beside and renamed over: a server answering while this runs sends the old worker
    # or the new one, never half of one. Hidden, so a leftover is never listed as a page file.
    partial = dist / ("." + WORKER + ".partial")
    partial.write_text(worker, encoding="utf-8")
    os.replace(partial, dist / WORKER)


if __name__ == "__main__":
    main()
