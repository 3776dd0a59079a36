# Shared set-up for scripts/serve, scripts/test, scripts/build and scripts/bench: installs what is missing,
# skips what is there. Sourced, not run. Works offline-from-the-web: only package registries and rustup.
# Versions are pinned here (and in Trunk.toml, which must agree).

TRUNK_VERSION="0.21.14"
GECKODRIVER_VERSION="0.37.1"     # the engines tier drives Firefox ESR with it
BINARYEN_VERSION="132.0.0"       # npm's binaryen: wasm-opt version_132 (Debian's 108 is too old)
PLAYWRIGHT_DIR="e2e"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq >&2; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >&2
}

# The wasm-bindgen version in Cargo.lock: the CLI must match it exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_rust() {
  command -v cargo >/dev/null || die "cargo not found: install Rust with rustup first"
  if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then return; fi
  # A machine where the fallback below was already needed: use it again without waiting on rustup.
  if [ -d /usr/lib/rustlib/src/rust ] && command -v wasm-ld-22 >/dev/null && [ -x /usr/bin/cargo ]; then
    use_debian_rust; return
  fi
  say "adding the wasm32-unknown-unknown target"
  if ! timeout 300 rustup target add wasm32-unknown-unknown >&2; then
    say "rustup could not add the target; falling back to Debian's Rust with std built from source"
    apt_install rustc-web cargo-web rust-web-src lld-22
    use_debian_rust
  fi
}

# Debian's rustc-web builds wasm32 with std from source (see ../shared/TOOLCHAIN.md).
use_debian_rust() {
  export PATH="/usr/bin:$PATH" RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-22
}

ensure_trunk() {
  if trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then return; fi
  say "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked >&2
}

ensure_wasm_bindgen() {
  local want; want="$(wasm_bindgen_version)"
  [ -n "$want" ] || die "no wasm-bindgen in Cargo.lock"
  grep -q "wasm_bindgen = \"$want\"" "$ROOT/Trunk.toml" || die "Trunk.toml must pin wasm_bindgen = \"$want\" (Cargo.lock's version)"
  if wasm-bindgen --version 2>/dev/null | grep -q " $want" && command -v wasm-bindgen-test-runner >/dev/null; then return; fi
  say "installing wasm-bindgen-cli $want"
  # Not --locked: its lockfile pins a webpki-roots release the registry does not serve.
  cargo install wasm-bindgen-cli --version "$want" --force >&2
}

ensure_wasm_opt() {
  if wasm-opt --version 2>/dev/null | grep -q "version ${BINARYEN_VERSION%%.*}"; then return; fi
  command -v npm >/dev/null || die "npm not found: needed for wasm-opt (binaryen)"
  say "installing wasm-opt (binaryen $BINARYEN_VERSION from npm)"
  npm install -g --no-fund --no-audit "binaryen@$BINARYEN_VERSION" >&2
  hash -r
}

ensure_chromium() {
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then return; fi
  say "installing Debian's chromium and chromium-driver"
  apt_install chromium chromium-driver
}

# The engines tier: Debian's Firefox ESR with geckodriver, and WebKitGTK's WebKitWebDriver driving
# MiniBrowser on an Xvfb display (see ../shared/TOOLCHAIN.md; Playwright's own builds cannot be fetched).
ensure_engines() {
  local packages=()
  command -v firefox-esr >/dev/null || packages+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null || packages+=(webkit2gtk-driver)
  command -v Xvfb >/dev/null || packages+=(xvfb)
  if [ ${#packages[@]} -gt 0 ]; then
    say "installing Debian's ${packages[*]} (the engines tier)"
    apt_install "${packages[@]}"
  fi
  if ! geckodriver --version 2>/dev/null | grep -q "^geckodriver $GECKODRIVER_VERSION"; then
    say "installing geckodriver $GECKODRIVER_VERSION (about 3 minutes on 2 cores)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked >&2
  fi
}

# Fonts for Korean and Japanese (Debian's fonts-noto-cjk): the tests measure heights in every language,
# which only hold when the glyphs are real ones, as on readers' machines.
ensure_fonts() {
  # grep reads all of fc-list's output (no -q): under pipefail an early exit would fail the pipe.
  local families
  families="$(fc-list : family 2>/dev/null || true)"
  if ! grep -i "Noto Sans CJK" <<<"$families" >/dev/null; then
    say "installing Debian's fonts-noto-cjk (the tests measure Korean, Japanese and Chinese layouts)"
    apt_install fonts-noto-cjk
  fi
  if ! grep -i "Noto Sans Thai" <<<"$families" >/dev/null || ! grep -i "Noto Sans Arabic" <<<"$families" >/dev/null; then
    say "installing Debian's fonts-noto-core (Thai and Arabic: the tests and screenshots render them)"
    apt_install fonts-noto-core
  fi
}

# Debian's hugo (0.111): the release's Hugo shortcode is tested in a real Hugo site.
ensure_hugo() {
  if command -v hugo >/dev/null; then return; fi
  say "installing Debian's hugo (the release test builds a Hugo site with the shortcode)"
  apt_install hugo
}

# Debian's WordPress (6.1) with MariaDB and PHP: the WordPress tier runs the release's plugin and the
# published folder's oEmbed in a real WordPress (e2e/wordpress/).
ensure_wordpress() {
  if [ -f /usr/share/wordpress/wp-load.php ] && command -v mariadbd >/dev/null && command -v php >/dev/null &&
    php -m | grep -qi mysqli; then return; fi
  say "installing Debian's wordpress, mariadb-server and PHP (the WordPress tier)"
  apt_install wordpress mariadb-server php-cli php-mysql
}

# True when every devDependency of the npm project in $1 is installed.
npm_deps_present() {
  (cd "$1" && node -e '
    const deps = Object.keys(require("./package.json").devDependencies ?? {});
    process.exit(deps.every((d) => { try { require.resolve(d + "/package.json"); return true; } catch { return false; } }) ? 0 : 1);
  ') 2>/dev/null
}

ensure_e2e_deps() {
  if npm_deps_present "$ROOT/$PLAYWRIGHT_DIR"; then return; fi
  say "installing the end-to-end test dependencies (playwright-core driving Debian's chromium, axe-core)"
  (cd "$ROOT/$PLAYWRIGHT_DIR" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-fund --no-audit >&2)
}

# The post-build step's one npm dependency (terser, which minifies a release's JavaScript).
ensure_build_deps() {
  if npm_deps_present "$ROOT/scripts/lib"; then return; fi
  say "installing the build's JavaScript minifier (terser)"
  (cd "$ROOT/scripts/lib" && npm ci --no-fund --no-audit >&2)
}

ensure_build_tools() {
  ensure_rust
  ensure_trunk
  ensure_wasm_bindgen
  ensure_wasm_opt
  ensure_build_deps
}
