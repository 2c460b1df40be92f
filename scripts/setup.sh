#!/usr/bin/env bash
# Sets swapcam up on a fresh Debian 12 machine and builds it:
#   1. installs the Debian packages it builds with (apt-get; sudo when not root),
#   2. obtains ONNX Runtime (ONNXRUNTIME_ROOT or a system package if present, else the npm bootstrap),
#   3. configures and builds into build/ (Ninja, RelWithDebInfo, ccache),
#   4. runs `swapcam doctor` so you see what ONNX Runtime and which providers this machine has.
# Idempotent: a second run only rebuilds what changed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
build=${SWAPCAM_BUILD_DIR:-build}

packages=(
  build-essential cmake ninja-build ccache pkg-config git ca-certificates
  libopencv-dev libjpeg-dev
  libavformat-dev libavcodec-dev libavutil-dev libswscale-dev libswresample-dev ffmpeg
  qt6-base-dev qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools
  libcli11-dev libspdlog-dev libfmt-dev nlohmann-json3-dev libcurl4-openssl-dev libminizip-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libonnx-dev libprotobuf-dev protobuf-compiler python3-onnx python3-numpy
  clang libclang-rt-14-dev clang-format xvfb xauth
)
# ONNX Runtime's bootstrap uses npm; take Debian's only when the machine has no npm of its own
# (Debian's npm conflicts with a separately installed Node.js).
command -v npm >/dev/null 2>&1 || packages+=(npm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing ${#missing[@]} Debian packages: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd=sudo
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "== Debian packages: all present"
fi

if [ -z "${ONNXRUNTIME_ROOT:-}" ]; then
  echo "== ONNX Runtime"
  scripts/bootstrap-onnxruntime.sh >/dev/null
fi

echo "== configuring and building ($build/)"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo ${SWAPCAM_CMAKE_ARGS:-} >/dev/null
cmake --build "$build" -j"$(nproc)"

echo "== swapcam doctor"
"$build/apps/cli/swapcam" doctor
echo
echo "Built $build/apps/cli/swapcam. Run the tests with: scripts/test.sh"
