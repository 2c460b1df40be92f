#!/usr/bin/env bash
# Packs what scripts/device-check.sh needs on a GPU machine that has no internet and none of Debian's
# libraries, in parts small enough for a device run (which carries 64 MiB): the built swapcam
# (stripped), every library it loads from this system (ldd, less glibc and libstdc++, which any
# machine has in a newer version), ONNX Runtime's GPU core with its CUDA plugin, and the shared test
# data (a face and the SCRFD-500M detector). About 300 MB in six parts.
#
#   scripts/device-bundle.sh [--build DIR] [--ort-gpu LIBDIR] [--out DIR] [--part-mb N]
#
#   --build    the build tree holding apps/cli/swapcam (default: ./build)
#   --ort-gpu  ONNX Runtime 1.29's GPU lib/ (default: .deps/onnxruntime-1.29.0-gpu/lib, made by
#              scripts/bootstrap-onnxruntime.sh --gpu)
#   --out      where the parts go (default: .gpu, which .git/info/exclude should list)
#   --part-mb  the largest part in MB (default 58: the rest of the 64 MiB is the working tree)
#
# On the device, carry one part a run and collect them outside the tree (runs on a warm machine share
# its disk; each run must follow the last within its idle time):
#   run 1..N-1:  mkdir -p /tmp/parts && cp .gpu/part-K /tmp/parts/
#   run N:       cp .gpu/part-N /tmp/parts/ && bash .gpu/unpack.sh /tmp/parts /tmp/sc \
#                && /tmp/sc/device-check.sh --out /tmp/dc; cp /tmp/dc/device-check.json "$OUT"/
# unpack.sh lays out /tmp/sc/{build/apps/cli/swapcam,lib,ort} and ../shared/testdata beside the tree,
# and /tmp/sc/device-check.sh calls scripts/device-check.sh with those paths and the libraries on
# LD_LIBRARY_PATH.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build
ort_gpu=$root/.deps/onnxruntime-1.29.0-gpu/lib
out=$root/.gpu
part_mb=58
while [ $# -gt 0 ]; do
  case $1 in
    --build) build=$2; shift ;;
    --ort-gpu) ort_gpu=$2; shift ;;
    --out) out=$2; shift ;;
    --part-mb) part_mb=$2; shift ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) echo "device-bundle: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
cli=$build/apps/cli/swapcam
testdata=$root/../shared/testdata
[ -x "$cli" ] || { echo "device-bundle: no swapcam at $cli (build it first)" >&2; exit 1; }
[ -e "$ort_gpu/libonnxruntime_providers_cuda.so" ] ||
  { echo "device-bundle: no CUDA plugin in $ort_gpu (scripts/bootstrap-onnxruntime.sh --gpu)" >&2; exit 1; }

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/build/apps/cli" "$stage/lib" "$stage/ort" "$stage/testdata/images" "$stage/testdata/models"
strip -o "$stage/build/apps/cli/swapcam" "$cli"
# The loader and C/C++ runtimes stay the machine's own: a newer glibc/libstdc++ runs these, an older
# one copied over a newer system would break the machine's own CUDA libraries in the same process.
ldd "$cli" | awk '/=> \// {print $3}' | sort -u |
  grep -v -E '/(libc|libm|libdl|libpthread|librt|libresolv|libstdc\+\+|libgcc_s|libonnxruntime)\.so' |
  while read -r lib; do cp -L "$lib" "$stage/lib/"; done
cp -L "$ort_gpu"/libonnxruntime.so.1 "$ort_gpu"/libonnxruntime_providers_shared.so \
  "$ort_gpu"/libonnxruntime_providers_cuda.so "$ort_gpu"/libonnxruntime_providers_tensorrt.so "$stage/ort/"
ln -s libonnxruntime.so.1 "$stage/ort/libonnxruntime.so"
if [ -f "$testdata/images/astronaut.png" ]; then
  cp "$testdata/images/astronaut.png" "$stage/testdata/images/"
  cp "$testdata/models/scrfd_500m_bnkps.onnx" "$stage/testdata/models/"
  touch "$stage/testdata/README.md"
fi
# The 10 s 1080p clip of device-check's video step, for a machine without ffmpeg.
if command -v ffmpeg >/dev/null && [ -f "$stage/testdata/images/astronaut.png" ]; then
  ffmpeg -hide_banner -loglevel error -y -loop 1 -i "$stage/testdata/images/astronaut.png" -t 10 -r 30 \
    -vf "scale=-2:1080,pad=1920:1080:(ow-iw)/2:0" -c:v libx264 -pix_fmt yuv420p "$stage/clip-1080p-face.mp4"
fi
cat > "$stage/device-check.sh" <<'EOF'
#!/usr/bin/env bash
# Runs scripts/device-check.sh of the tree in the current directory with the unpacked bundle.
here=$(cd "$(dirname "$0")" && pwd)
export LD_LIBRARY_PATH="$here/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
[ -f "$here/clip-1080p-face.mp4" ] && export SWAPCAM_DEVICE_CLIP="$here/clip-1080p-face.mp4"
exec bash scripts/device-check.sh --build "$here/build" --ort-gpu "$here/ort" "$@"
EOF
chmod +x "$stage/device-check.sh"

mkdir -p "$out"
rm -f "$out"/part-*
# gzip: every machine can unpack it, and it is quick (xz -6 took over ten minutes for this tree here).
tar -C "$stage" -cf - . | gzip -6 | split -b "${part_mb}000000" -d -a 1 - "$out/part-"
cat > "$out/unpack.sh" <<'EOF'
#!/usr/bin/env bash
# unpack.sh PARTS_DIR DEST: joins the parts, unpacks them into DEST and puts the test data where
# scripts/device-check.sh looks for it (../shared/testdata beside the tree in the current directory).
set -euo pipefail
mkdir -p "$2"
cat "$1"/part-* | gzip -d | tar -C "$2" -xf -
if [ -d "$2/testdata/images" ] && [ ! -e ../shared/testdata/images/astronaut.png ]; then
  mkdir -p ../shared/testdata
  cp -r "$2/testdata/." ../shared/testdata/
fi
echo "unpacked into $2: $(du -sh "$2" | cut -f1)"
EOF
ls -l "$out"/part-* | awk '{printf "%s %d MB\n", $NF, $5 / 1000000}'
echo "device-bundle: $(ls "$out"/part-* | wc -l) parts in $out (carry one a run; see --help)"
