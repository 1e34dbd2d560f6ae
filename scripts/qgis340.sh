#!/usr/bin/env bash
# Run the test suite on QGIS 3.40 LTR (Debian trixie: Python 3.13, numpy 2) in a chroot beside the host's 3.22.
#
#   bash scripts/qgis340.sh test [pytest args]   build the root if needed, then run pytest in it (what make test does)
#   bash scripts/qgis340.sh run CMD [ARGS]       run any command in the root, in the repository (e.g. bash, qgis_process)
#   bash scripts/qgis340.sh build                only build (or check) the root
#   bash scripts/qgis340.sh path                 print the root's folder
#
# The root is made with Debian's mmdebstrap (scripts/setup.sh installs it) and cached outside the work tree, in
# $QGIS340_CACHE (default /var/tmp/hotspot-qgis340), as root-<stamp>: the stamp hashes the package list (the
# runtime packages of scripts/setup.sh, less the PostgreSQL server, which stays on the host), the suite, the
# pinned test packages of requirements-dev.txt and this script's build recipe, so a change to any of them builds a
# new root; a root older than $QGIS340_MAX_AGE_DAYS (default 30) is rebuilt to pick up trixie's point releases.
# A cold build takes 1.5 to 6 minutes (network and load) and 2 GB. Roots no run is using are pruned after a build.
#
# Each run gets its own private mount namespace (unshare --mount): /proc, /dev, /sys, the host's /tmp and the
# repository (at the same absolute path, with the git folder of a worktree) are mounted there and vanish with
# the namespace when the run ends, however it ends: nothing stays mounted, nothing is unmounted by hand. The
# network namespace is the host's, so the host's PostGIS on 127.0.0.1:54329 answers inside (make test starts it).
# Test tools (requirements-dev.txt, see test_requirements) are downloaded by the host's pip (which knows the host's
# index and certificates) and installed offline into a venv made inside the root with --system-site-packages
# (Debian's numpy 2, pandas, shapely).
# Needs root (mmdebstrap, chroot and mount do).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd -P)

SUITE=${QGIS340_SUITE:-trixie}
MIRROR=${QGIS340_MIRROR:-http://deb.debian.org/debian}
CACHE=${QGIS340_CACHE:-/var/tmp/hotspot-qgis340}
MAX_AGE_DAYS=${QGIS340_MAX_AGE_DAYS:-30}
VENV_IN_ROOT=/opt/hotspot-venv
WHEELS_IN_ROOT=/opt/hotspot-wheels
# Bump when the build steps below change in a way the package list does not show.
RECIPE=1

CLEANUP=()
trap 'rm -rf -- "${CLEANUP[@]}"' EXIT

die() {
  echo "qgis340.sh: $*" >&2
  exit 1
}

[ "$(id -u)" -eq 0 ] || die "needs root (mmdebstrap, chroot and mount); run as root or with sudo."

# The runtime packages come from scripts/setup.sh (one list for both QGIS versions); the PostgreSQL server and
# PostGIS stay on the host (their bookworm names do not exist in trixie; the tests use the host's server), and so
# does mmdebstrap.
# Added here what every Debian host has and a minimal root lacks: git (scripts/package.py lists tracked files),
# make (the Makefile test), mount and e2fsprogs (the full-disk and read-only-folder tests use mount and chattr),
# ca-certificates.
root_packages() {
  local APT_PACKAGES=()
  eval "$(sed -n '/^APT_PACKAGES=(/,/^)/p' scripts/setup.sh)"
  [ ${#APT_PACKAGES[@]} -gt 0 ] || die "could not read APT_PACKAGES from scripts/setup.sh"
  local pkg
  for pkg in "${APT_PACKAGES[@]}" git make mount e2fsprogs ca-certificates; do
    case "$pkg" in
      postgresql | postgresql-*-postgis-* | postgis | mmdebstrap) ;;
      *) echo "$pkg" ;;
    esac
  done | sort -u
}

# requirements-dev.txt as it is (the same pins as on 3.22), less the tools that run on the host only (ruff,
# pb-tool), and with the one pin that is tied to numpy 1 moved to its release built for numpy 2 (Debian trixie's
# numpy is 2.2): convertbng 0.7.0 -> 0.7.12, the same convertbng.util API.
NUMPY2_PINS=("convertbng==0.7.12")
test_requirements() {
  local line name pin
  while IFS= read -r line; do
    line=${line%%#*}
    line=${line//[[:space:]]/}
    [ -n "$line" ] || continue
    name=${line%%[=<>!~]*}
    case "$name" in ruff | pb-tool | pb_tool) continue ;; esac
    for pin in "${NUMPY2_PINS[@]}"; do
      [ "${pin%%==*}" = "$name" ] && line=$pin
    done
    echo "$line"
  done <requirements-dev.txt
}

PACKAGES=$(root_packages)
REQUIREMENTS=$(test_requirements)
STAMP=$(printf '%s\n' "recipe=$RECIPE" "suite=$SUITE" "$PACKAGES" "$REQUIREMENTS" | sha256sum | cut -c1-16)
ROOT="$CACHE/root-$STAMP"
mkdir -p "$CACHE"

# Refuse to delete anything that is mounted (a bind of the repository, say) in this namespace.
safe_remove() {
  local dir=$1
  [ -e "$dir" ] || return 0
  if findmnt -rn -o TARGET | grep -qF -- "$dir"; then
    die "$dir has mounts under it; not removing it"
  fi
  rm -rf --one-file-system -- "$dir"
}

root_is_fresh() {
  [ -f "$ROOT/.hotspot-stamp" ] && [ "$(cat "$ROOT/.hotspot-stamp")" = "$STAMP" ] || return 1
  [ -z "$(find "$ROOT/.hotspot-stamp" -mtime +"$MAX_AGE_DAYS" 2>/dev/null)" ]
}

build_root() {
  command -v mmdebstrap >/dev/null || die "mmdebstrap is missing: run make setup (scripts/setup.sh installs it)."
  local host_pip=${QGIS340_HOST_PIP:-$REPO/.venv/bin/pip}
  [ -x "$host_pip" ] || die "no pip at $host_pip to download the test tools; run make setup first."

  local work="$ROOT.build" wheels
  safe_remove "$work"
  wheels=$(mktemp -d "$CACHE/wheels.XXXXXX")
  CLEANUP+=("$wheels")
  echo "Building the QGIS 3.40 root ($SUITE, stamp $STAMP) in $ROOT; 2 to 6 minutes" >&2
  printf '%s\n' "$REQUIREMENTS" >"$wheels/requirements.txt"
  # Pure-Python wheels for the root's Python 3.13, fetched on the host (its pip knows the index and certificates).
  "$host_pip" download -q --disable-pip-version-check --dest "$wheels" --only-binary=:all: --python-version 3.13 \
    -r "$wheels/requirements.txt" 2>"$wheels/pip.log" || {
    cat "$wheels/pip.log" >&2
    die "could not download the test tools for the 3.40 root"
  }
  local start=$SECONDS log="$CACHE/build-$STAMP.log"
  local clean_env="env -i PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 HOME=/root"
  if ! mmdebstrap --variant=apt --mode=root \
    --aptopt='Acquire::Languages "none"' \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-include=/usr/share/doc/*/copyright' \
    --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/locale/*' \
    --include="$(echo "$PACKAGES" | paste -sd, -)" \
    --customize-hook="cp -r '$wheels' \"\$1$WHEELS_IN_ROOT\"" \
    --customize-hook="chroot \"\$1\" $clean_env python3 -m venv --system-site-packages $VENV_IN_ROOT" \
    --customize-hook="chroot \"\$1\" $clean_env $VENV_IN_ROOT/bin/pip install -q --disable-pip-version-check \
      --no-index --find-links $WHEELS_IN_ROOT -r $WHEELS_IN_ROOT/requirements.txt" \
    "$SUITE" "$work" "$MIRROR" >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    safe_remove "$work"
    die "mmdebstrap failed (full log: $log). A package name in scripts/setup.sh may not exist in $SUITE."
  fi
  echo "$STAMP" >"$work/.hotspot-stamp"
  printf '%s\n' "$PACKAGES" >"$work/.hotspot-packages"
  safe_remove "$ROOT"
  mv "$work" "$ROOT"
  echo "Built $ROOT in $((SECONDS - start)) s" >&2
}

# Build under an exclusive lock (two runs at once build once); runs hold a shared lock on their root.
ensure_root() {
  exec {build_lock}>"$CACHE/build.lock"
  flock "$build_lock"
  if ! root_is_fresh; then
    exec {old_lock}>"$ROOT.lock"
    flock -w 600 "$old_lock" || die "$ROOT is still in use by another run after 10 minutes"
    build_root
    flock -u "$old_lock"
    prune_roots
  fi
  exec {use_lock}>"$ROOT.lock"
  flock -s "$use_lock"
  flock -u "$build_lock"
}

prune_roots() {
  local other lock
  for other in "$CACHE"/root-*; do
    [ -d "$other" ] && [ "$other" != "$ROOT" ] || continue
    exec {lock}>"${other%.build}.lock"
    if flock -n "$lock"; then
      echo "Removing the unused root $other" >&2
      safe_remove "$other"
    fi
    exec {lock}>&-
  done
}

# Run "$@" inside the root with the repository mounted, in a private mount namespace.
in_root() {
  local home
  home=$(mktemp -d /tmp/hotspot-qgis340-home.XXXXXX)
  chmod 700 "$home"
  CLEANUP+=("$home")
  local git_common
  git_common=$(git -C "$REPO" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)
  case "$git_common" in "$REPO"/*) git_common="" ;; esac
  local rc=0
  unshare --mount --propagation private -- /bin/bash -euo pipefail -c '
    root=$1 repo=$2 git_common=$3 home=$4
    shift 4
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount --rbind /sys "$root/sys"
    mount --bind /tmp "$root/tmp"
    mkdir -p "$root$repo"
    mount --bind "$repo" "$root$repo"
    if [ -n "$git_common" ] && [ -d "$git_common" ]; then
      mkdir -p "$root$git_common"
      mount --bind "$git_common" "$root$git_common"
    fi
    cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
    exec chroot "$root" /usr/bin/env -i \
      PATH="'"$VENV_IN_ROOT"'/bin:/usr/local/bin:/usr/bin:/bin" HOME="$home" XDG_RUNTIME_DIR="$home" \
      LANG=C.UTF-8 TERM="${TERM:-dumb}" CI="${CI:-}" QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" \
      PYTHONDONTWRITEBYTECODE=1 \
      HOTSPOT_PGHOST="${HOTSPOT_PGHOST:-127.0.0.1}" HOTSPOT_PGPORT="${HOTSPOT_PGPORT:-54329}" \
      HOTSPOT_PGDATABASE="${HOTSPOT_PGDATABASE:-hotspot_test}" HOTSPOT_PGUSER="${HOTSPOT_PGUSER:-hotspot_test}" \
      HOTSPOT_PGPASSWORD="${HOTSPOT_PGPASSWORD:-hotspot_test}" \
      /bin/sh -c "cd \"\$0\" && exec \"\$@\"" "$repo" "$@"
  ' in_root "$ROOT" "$REPO" "$git_common" "$home" "$@" || rc=$?
  return "$rc"
}

command=${1:-test}
[ $# -gt 0 ] && shift
case "$command" in
  path)
    echo "$ROOT"
    ;;
  build)
    ensure_root
    echo "QGIS 3.40 root ready: $ROOT" >&2
    ;;
  run)
    [ $# -gt 0 ] || die "run needs a command, e.g. bash scripts/qgis340.sh run bash"
    ensure_root
    in_root "$@"
    ;;
  test)
    ensure_root
    # The host's PostGIS serves both versions; start it here so the root never tries to install a server.
    bash scripts/start_postgis.sh >/dev/null
    in_root python -c 'from qgis.core import Qgis; import numpy, sys
print(f"QGIS {Qgis.QGIS_VERSION}, Python {sys.version.split()[0]}, numpy {numpy.__version__} (Debian '"$SUITE"' root)")'
    in_root python -m pytest "$@"
    ;;
  *)
    die "unknown command '$command' (test, run, build or path)"
    ;;
esac
