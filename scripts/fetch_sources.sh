#!/usr/bin/env bash
# Downloads the Debian source tarballs listed in deps/sources.lock into the cache, refuses any whose
# SHA-256 differs from the lock, and unpacks each into a folder named by its hash. Idempotent: a
# tarball already verified and unpacked is not touched again.
# Prints nothing on success but one line per source.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
. "$here/scripts/lib.sh"

apt_dir="$CACHE/apt"
mkdir -p "$apt_dir/lists/partial" "$CACHE/tarballs" "$CACHE/src"

need_download=0
while read -r name version suite tarball sha; do
  [ -f "$CACHE/tarballs/$tarball" ] && echo "$sha  $CACHE/tarballs/$tarball" | sha256sum -c --status || need_download=1
done < <(grep -v '^#' "$here/deps/sources.lock")

if [ "$need_download" = 1 ]; then
  # Why read the archive from the machine's own apt configuration: mirrors differ between machines.
  # Debian's own sources file names the machine's Debian mirror; without one, Debian's CDN.
  uri=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  uri=${uri:-http://deb.debian.org/debian}
  cat > "$apt_dir/src.sources" <<SRC
Types: deb-src
URIs: $uri
Suites: bookworm trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  A=(-o APT::Sandbox::User=root -o "Dir::Etc::SourceList=$apt_dir/src.sources" -o Dir::Etc::SourceParts=/dev/null -o "Dir::State::Lists=$apt_dir/lists")
  apt-get "${A[@]}" -qq update
  specs=()
  while read -r name version suite tarball sha; do specs+=("$(src_package "$name")=$version"); done \
    < <(grep -v '^#' "$here/deps/sources.lock")
  # --tar-only: the archive answers 404 for some .dsc/.debian.tar.xz files.
  (cd "$CACHE/tarballs" && apt-get "${A[@]}" -qq source --download-only --tar-only "${specs[@]}")
fi

while read -r name version suite tarball sha; do
  file="$CACHE/tarballs/$tarball"
  if ! echo "$sha  $file" | sha256sum -c --status; then
    echo "fetch_sources: $tarball does not match the SHA-256 pinned in deps/sources.lock; refusing it" >&2
    rm -f "$file"
    exit 1
  fi
  dest="$CACHE/src/$name-${sha:0:16}"
  if [ ! -f "$dest/.unpacked" ]; then
    rm -rf "$dest" && mkdir -p "$dest"
    tar -xf "$file" -C "$dest" --strip-components=1
    touch "$dest/.unpacked"
  fi
  echo "source $name $version verified: $dest"
done < <(grep -v '^#' "$here/deps/sources.lock")
