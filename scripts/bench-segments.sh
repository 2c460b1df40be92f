#!/usr/bin/env bash
# Scale-out benchmark: one video as 1, 2 and 4 segments run as parallel local processes, against a
# one-process run of the same command, plus the join's own cost. Prints a table (docs/SCALE-OUT.md).
#   [SIZE=WxH] scripts/bench-segments.sh [BUILD_DIR] [SECONDS_OF_VIDEO]   (default 640x360, 12 s)
# Uses the identity test swapper and the real SCRFD-500M detector from ../shared/testdata, so the
# per-frame cost is the pipeline's own plus detection, not a real swapper's (see the docs for that).
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(cd "${1:-build}" && pwd)
seconds=${2:-12}
size=${SIZE:-640x360}
swapcam="$build/apps/cli/swapcam"
testdata=$(cd ../shared/testdata && pwd)
work=$(mktemp -d /tmp/swapcam-bench-seg.XXXXXX)
trap 'rm -rf "$work"' EXIT

ffmpeg -v error -y -f lavfi -i testsrc2=size=$size:rate=25:duration="$seconds" -loop 1 -i "$testdata/images/astronaut.png" \
  -f lavfi -i sine=frequency=440:sample_rate=44100:duration="$seconds" \
  -filter_complex "[1]scale=200:200[a];[0][a]overlay=x='20+t*20':y=80:shortest=1" \
  -c:v libx264 -preset veryfast -crf 16 -g 50 -bf 2 -pix_fmt yuv420p -c:a aac -shortest "$work/clip.mp4"
frames=$(ffprobe -v error -select_streams v:0 -count_frames -show_entries stream=nb_read_frames -of csv=p=0 "$work/clip.mp4")
args=(-s "$testdata/images/astronaut.png" -t "$work/clip.mp4" --execution-provider cpu -q --models-dir "$work/models"
      --detector-model "$testdata/models/scrfd_500m_bnkps.onnx" --recognizer-model "$build/testmodels/recognizer_arcface.onnx"
      --swapper-model "$build/testmodels/swapper_identity.onnx")
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

t0=$(now); "$swapcam" swap "${args[@]}" -o "$work/whole.mp4"; t1=$(now)
whole=$(elapsed "$t0" "$t1")
echo "video: $frames frames $size, $(nproc) cores"
printf '%-28s %9s %9s %9s\n' "run" "wall s" "vs one" "join s"
printf '%-28s %9s %9s %9s\n' "one process" "$whole" "1.00" "-"
for n in 1 2 4; do
  rm -f "$work"/p*.mp4
  t0=$(now)
  for k in $(seq 0 $((n - 1))); do
    "$swapcam" swap "${args[@]}" --segment "$k/$n" --workers $(( $(nproc) / n > 0 ? $(nproc) / n : 1 )) -o "$work/p$k.mp4" &
  done
  wait
  t1=$(now)
  "$swapcam" join -q -t "$work/clip.mp4" -o "$work/joined$n.mp4" "$work"/p*.mp4
  t2=$(now)
  printf '%-28s %9s %9s %9s\n' "$n segment(s), parallel" "$(elapsed "$t0" "$t2")" \
    "$(awk -v a="$(elapsed "$t0" "$t2")" -v b="$whole" 'BEGIN { printf "%.2f", a / b }')" "$(elapsed "$t1" "$t2")"
done
