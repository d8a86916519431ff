#!/usr/bin/env bash
# Installs what Hindsight's build and tests need and is not on the machine yet: Debian packages
# (compilers, Emscripten, header-only libraries, Chromium, fonts), the npm packages pinned in
# package-lock.json, and the pinned Debian source tarballs (scripts/fetch_sources.sh).
# Idempotent and quick when everything is present: it only calls apt or npm for what is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)

packages=(cmake make g++ git xz-utils gzip emscripten nlohmann-json3-dev libhowardhinnant-date-dev
  libgtest-dev libbenchmark-dev libsdl2-dev chromium fonts-inter fonts-dejavu-core python3-fonttools
  nodejs clang libclang-rt-14-dev ccache)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# nodejs may come from outside Debian (NodeSource): a working node and npm are enough.
if [[ " ${missing[*]} " == *" nodejs "* ]] && command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/nodejs}")
  read -ra missing <<< "${missing[*]}"
fi
if ! command -v npm >/dev/null; then missing+=(npm); fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "installing Debian packages: ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# playwright-core needs Node.js 20 or newer; Debian 12's own nodejs is 18.
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  echo "Node.js $(node --version) is too old: the browser tests need Node.js 20 or newer." >&2
  echo "Install it from nodejs.org or NodeSource, then run this again." >&2
  exit 1
fi

# npm ci only when node_modules does not match package-lock.json.
stamp="$here/node_modules/.hindsight-lock.sha256"
want=$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "installing npm packages from package-lock.json"
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$want" > "$stamp"
fi

"$here/scripts/fetch_sources.sh" >/dev/null
