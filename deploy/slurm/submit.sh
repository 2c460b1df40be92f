#!/usr/bin/env bash
# Submits one video as N array tasks plus a dependent join; prints the two job ids.
#   deploy/slurm/submit.sh SOURCE TARGET OUTPUT N [swap options...]
# SWAPCAM (the executable) and PARTS_DIR (default: OUTPUT's folder/<name>.parts) may be set.
set -euo pipefail
[ $# -ge 4 ] || { echo "usage: $0 SOURCE TARGET OUTPUT N [swap options...]" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
export SOURCE=$1 TARGET=$2 OUTPUT=$3
n=$4
shift 4
export SWAPCAM_ARGS="$*"
export SWAPCAM=${SWAPCAM:-swapcam}
export PARTS_DIR=${PARTS_DIR:-$(dirname "$OUTPUT")/$(basename "$OUTPUT").parts}
mkdir -p "$PARTS_DIR"
logs=${LOG_DIR:-$PARTS_DIR}
array=$(sbatch --parsable --export=ALL --array=0-$((n - 1)) -o "$logs/segment-%a.log" "$here/swapcam-segments.sbatch")
join=$(sbatch --parsable --export=ALL --dependency=afterok:"$array" -o "$logs/join.log" "$here/swapcam-join.sbatch")
echo "$array $join"
