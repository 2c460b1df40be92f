#!/usr/bin/env bash
# Obtains ONNX Runtime (headers + shared library) for the build when the system has none.
# Source: Microsoft's official prebuilt binaries as repackaged on the npm registry (Debian 12 packages no ORT).
# Checksum-verified, cached, idempotent. Prints the install prefix on its last line.
#
#   scripts/bootstrap-onnxruntime.sh [PREFIX]        (default: .deps/onnxruntime-1.29.0)
#   scripts/bootstrap-onnxruntime.sh --gpu [PREFIX]  (default: .deps/onnxruntime-1.29.0-gpu)
#
# --gpu makes a GPU install prefix (include/ and lib/, usable as ONNXRUNTIME_ROOT or on
# LD_LIBRARY_PATH): the GPU-enabled core of onnxruntime-node 1.29.0 (TensorRT, CUDA, WebGPU, CPU) and,
# beside it, the provider plugins built for exactly that core (com.github.asus4.onnxruntime.linux-x64-gpu
# 0.4.9: CUDA 13, cuDNN 9, TensorRT 10). The CUDA runtime, cuDNN and TensorRT themselves come from the
# user's system (NVIDIA's packages); without them every GPU provider fails to load with the real
# reason and swapcam says so and uses the CPU.
set -euo pipefail

gpu=0
if [ "${1:-}" = "--gpu" ]; then
  gpu=1
  shift
fi

PKG=com.github.asus4.onnxruntime
PKG_VERSION=0.4.9
ORT_VERSION=1.29.0
TGZ_SHA256=e59788788818fdde1b2e522e766a21ba0f7d8391de55737abf81e32cc801785d
LIB_SHA256=5715f06d8992ca8eeeddcce43df3a7d38f97d537052126f558e912cb312460ca
HEADERS=package/Plugins/iOS~/onnxruntime.xcframework/ios-arm64/onnxruntime.framework/Headers
LIBDIR=package/Plugins/Linux/x64

root=$(cd "$(dirname "$0")/.." && pwd)
cache=${SWAPCAM_DOWNLOAD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/swapcam/downloads}
sha_ok() { [ -f "$1" ] && echo "$2  $1" | sha256sum -c --status; }

# fetch PACKAGE VERSION SHA256 DESCRIPTION: the npm tarball into the cache, verified; prints its path.
fetch() {
  local pkg=$1 version=$2 sha=$3 what=$4
  local file="$cache/$pkg-$version.tgz"
  mkdir -p "$cache"
  if ! sha_ok "$file" "$sha"; then
    command -v npm >/dev/null || { echo "error: npm is needed to fetch ONNX Runtime (apt-get install npm)" >&2; exit 1; }
    echo "fetching $pkg@$version ($what) from the npm registry" >&2
    local tmp
    tmp=$(mktemp -d "$cache/npm.XXXXXX")
    (cd "$tmp" && npm pack --silent "$pkg@$version" >/dev/null)
    mv "$tmp/$pkg-$version.tgz" "$file.part"
    rm -rf "$tmp"
    if ! sha_ok "$file.part" "$sha"; then
      rm -f "$file.part"
      echo "error: checksum mismatch for $pkg-$version.tgz (expected $sha)" >&2
      exit 1
    fi
    mv "$file.part" "$file"
  fi
  echo "$file"
}

if [ "$gpu" = 1 ]; then
  NODE_SHA256=cfdfb45ec4044b1fdca43e5d2e180fb6817e649ff8ad1e0dfc90e18e51b67037
  CORE=package/bin/napi-v6/linux/x64/libonnxruntime.so.1
  CORE_SHA256=89688f5cf51c7e31befbb7b9101bc027799009b18d1baa9a5b1146a72e69538d
  PLUGINS_PKG=com.github.asus4.onnxruntime.linux-x64-gpu
  PLUGINS_SHA256=2b459e0c17f340c92970c10ed86de4f37a3009f93c14053e6ad4334cbb6be412
  PLUGINS=package/Plugins/Linux/x64
  declare -A PLUGIN_SHA256=(
    [libonnxruntime_providers_shared.so]=c6a12593396095f5670160e284c35d1700b7708cf3037b7042e2a5200ccae772
    [libonnxruntime_providers_cuda.so]=56cf3254b118ad837ccc4ed8f6d1b23504bbf7ef91b34cbc0b289cb7f10b3037
    [libonnxruntime_providers_tensorrt.so]=ef6071798a339038ad66c428fb1a809cf8e499bffc3b6870e4e8bc4f4c6a6320
  )
  prefix=${1:-$root/.deps/onnxruntime-$ORT_VERSION-gpu}
  if [ -f "$prefix/.installed" ] && [ "$(cat "$prefix/.installed")" = "$CORE_SHA256" ]; then
    echo "onnxruntime $ORT_VERSION (GPU) already installed" >&2
    echo "$prefix"
    exit 0
  fi
  # The headers are the CPU package's (the same 1.29.0 API).
  cpu_prefix=$("$0" | tail -n 1)
  node_tgz=$(fetch onnxruntime-node "$ORT_VERSION" "$NODE_SHA256" "the GPU-enabled core, 110 MB")
  plugins_tgz=$(fetch "$PLUGINS_PKG" "$PKG_VERSION" "$PLUGINS_SHA256" "the CUDA and TensorRT providers, 180 MB")
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  tar -xzf "$node_tgz" -C "$work" "$CORE"
  sha_ok "$work/$CORE" "$CORE_SHA256" || { echo "error: checksum mismatch for the GPU core library" >&2; exit 1; }
  rm -rf "$prefix.tmp"
  mkdir -p "$prefix.tmp/lib"
  cp -r "$cpu_prefix/include" "$prefix.tmp/include"
  cp "$cpu_prefix/LICENSE" "$prefix.tmp/LICENSE"
  cp "$work/$CORE" "$prefix.tmp/lib/libonnxruntime.so.1"
  ln -s libonnxruntime.so.1 "$prefix.tmp/lib/libonnxruntime.so"
  for lib in "${!PLUGIN_SHA256[@]}"; do
    tar -xzf "$plugins_tgz" -C "$work" "$PLUGINS/$lib"
    sha_ok "$work/$PLUGINS/$lib" "${PLUGIN_SHA256[$lib]}" || { echo "error: checksum mismatch for $lib" >&2; exit 1; }
    cp "$work/$PLUGINS/$lib" "$prefix.tmp/lib/"
  done
  echo "$CORE_SHA256" > "$prefix.tmp/.installed"
  rm -rf "$prefix"
  mv "$prefix.tmp" "$prefix"
  echo "onnxruntime $ORT_VERSION (GPU core + CUDA/TensorRT providers) installed" >&2
  echo "$prefix"
  exit 0
fi

prefix=${1:-$root/.deps/onnxruntime-$ORT_VERSION}
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
