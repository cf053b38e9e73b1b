#!/usr/bin/env bash
# Puts Node 22 first on PATH when the machine's node is older than the project needs (22.19).
# Source it (`source scripts/node22.sh`) or let .ci/run do it. Node comes from the npm registry
# (the `node@22` package) into a cache folder outside the repo, so nothing else is downloaded.
need_major=22
need_minor=19
cache="${NODE22_CACHE:-$HOME/.cache/node22}"

node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  local v major minor
  v=$(node -p 'process.versions.node' 2>/dev/null) || return 1
  major=${v%%.*}
  minor=${v#*.}
  minor=${minor%%.*}
  [ "$major" -gt "$need_major" ] || { [ "$major" -eq "$need_major" ] && [ "$minor" -ge "$need_minor" ]; }
}

if ! node_ok; then
  if [ ! -x "$cache/node_modules/.bin/node" ]; then
    echo "Installing Node 22 into $cache (from the npm registry)..."
    mkdir -p "$cache"
    npm install --prefix "$cache" --no-save --no-audit --no-fund node@22 >/dev/null
  fi
  export PATH="$cache/node_modules/.bin:$PATH"
  node_ok || { echo "Could not get Node >= $need_major.$need_minor (have $(node --version 2>/dev/null))." >&2; return 1 2>/dev/null || exit 1; }
fi
echo "Using Node $(node --version) and npm $(npm --version)"
