#!/usr/bin/env bash
# Obtains ONNX Runtime (headers + shared library) for the build when the system has none.
# Source: Microsoft's official prebuilt binaries as repackaged on the npm registry (Debian 12 packages no ORT).
# Checksum-verified, cached, idempotent. Prints the install prefix on its last line.
#
#   scripts/bootstrap-onnxruntime.sh [PREFIX]      (default: .deps/onnxruntime-1.29.0)
set -euo pipefail

PKG=com.github.asus4.onnxruntime
PKG_VERSION=0.4.9
ORT_VERSION=1.29.0
TGZ_SHA256=e59788788818fdde1b2e522e766a21ba0f7d8391de55737abf81e32cc801785d
LIB_SHA256=5715f06d8992ca8eeeddcce43df3a7d38f97d537052126f558e912cb312460ca
HEADERS=package/Plugins/iOS~/onnxruntime.xcframework/ios-arm64/onnxruntime.framework/Headers
LIBDIR=package/Plugins/Linux/x64

root=$(cd "$(dirname "$0")/.." && pwd)
prefix=${1:-$root/.deps/onnxruntime-$ORT_VERSION}
cache=${SWAPCAM_DOWNLOAD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/swapcam/downloads}
tgz=$cache/$PKG-$PKG_VERSION.tgz

if [ -f "$prefix/.installed" ] && [ "$(cat "$prefix/.installed")" = "$LIB_SHA256" ]; then
  echo "onnxruntime $ORT_VERSION already installed"
  echo "$prefix"
  exit 0
fi

if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "error: the npm bootstrap only carries Linux x86_64; set ONNXRUNTIME_ROOT to an ONNX Runtime install" >&2
  exit 1
fi

sha_ok() { [ -f "$1" ] && echo "$2  $1" | sha256sum -c --status; }

mkdir -p "$cache"
if ! sha_ok "$tgz" "$TGZ_SHA256"; then
  command -v npm >/dev/null || { echo "error: npm is needed to fetch ONNX Runtime (apt-get install npm)" >&2; exit 1; }
  echo "fetching $PKG@$PKG_VERSION (ONNX Runtime $ORT_VERSION, 150 MB) from the npm registry" >&2
  tmp=$(mktemp -d "$cache/npm.XXXXXX")
  (cd "$tmp" && npm pack --silent "$PKG@$PKG_VERSION" >/dev/null)
  mv "$tmp/$PKG-$PKG_VERSION.tgz" "$tgz.part"
  rm -rf "$tmp"
  if ! sha_ok "$tgz.part" "$TGZ_SHA256"; then
    rm -f "$tgz.part"
    echo "error: checksum mismatch for $PKG-$PKG_VERSION.tgz (expected $TGZ_SHA256)" >&2
    exit 1
  fi
  mv "$tgz.part" "$tgz"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "$tgz" -C "$work" "$HEADERS" "$LIBDIR/libonnxruntime.so" "$LIBDIR/libonnxruntime_providers_shared.so" package/LICENSE
if ! sha_ok "$work/$LIBDIR/libonnxruntime.so" "$LIB_SHA256"; then
  echo "error: checksum mismatch for libonnxruntime.so inside the package" >&2
  exit 1
fi

rm -rf "$prefix.tmp"
mkdir -p "$prefix.tmp/include" "$prefix.tmp/lib"
cp "$work/$HEADERS"/*.h "$prefix.tmp/include/"
# The library must live under its soname or the loader will not find it.
cp "$work/$LIBDIR/libonnxruntime.so" "$prefix.tmp/lib/libonnxruntime.so.1"
ln -s libonnxruntime.so.1 "$prefix.tmp/lib/libonnxruntime.so"
cp "$work/$LIBDIR/libonnxruntime_providers_shared.so" "$prefix.tmp/lib/"
cp "$work/package/LICENSE" "$prefix.tmp/LICENSE"
echo "$LIB_SHA256" > "$prefix.tmp/.installed"
rm -rf "$prefix"
mv "$prefix.tmp" "$prefix"
echo "onnxruntime $ORT_VERSION installed" >&2
echo "$prefix"
