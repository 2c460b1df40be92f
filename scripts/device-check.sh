#!/usr/bin/env bash
# One prepared check of swapcam on a machine with an NVIDIA GPU and no internet (docs/PERFORMANCE.md,
# "GPU"). It finds what the machine has (driver, CUDA runtime, cuDNN, TensorRT, NVDEC/NVENC), lays out
# ONNX Runtime's GPU build, generates the full-size equivalent models and measures: swapper faces/s
# fp32 and fp16, the NaN guard on the device, `swapcam bench`, a 1080p video end to end and the nodes
# each provider ran. Every step prints OK, SKIP or FAIL with the reason; a table ends the run and
# device-check.json lies beside it. Exit status 1 when a step FAILed.
#
#   scripts/device-check.sh [--dry-run] [--out DIR] [--build DIR] [--ort-gpu LIBDIR] [--budget-s N]
#
#   --dry-run   detect only; every step that needs the GPU is SKIPped with its reason (and what it
#               would run); no models are generated. Runs in seconds on any machine (a CTest test).
#   --out DIR   results, logs and generated files (default: $OUT, else ./device-check-out)
#   --build DIR the build tree holding apps/cli/swapcam and testmodels/ (default: ./build)
#   --ort-gpu   a lib/ with ONNX Runtime 1.29's GPU core and its provider plugins (default:
#               $SWAPCAM_ORT_GPU, else .deps/onnxruntime-1.29.0-gpu/lib from
#               scripts/bootstrap-onnxruntime.sh --gpu)
#   --budget-s  seconds for the whole run (default 480); a step that would pass it is SKIPped
#
# What travels: the source tree with its build (and ../shared/testdata). The GPU prefix is 264 MB, over
# the 64 MiB a device run carries: on a machine without it, CUDA steps SKIP saying so.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dry=0
out=${OUT:-}
build=$root/build
ort_gpu=${SWAPCAM_ORT_GPU:-}
budget=480
while [ $# -gt 0 ]; do
  case $1 in
    --dry-run) dry=1 ;;
    --out) out=$2; shift ;;
    --build) build=$2; shift ;;
    --ort-gpu) ort_gpu=$2; shift ;;
    --budget-s) budget=$2; shift ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "device-check: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
out=${out:-$PWD/device-check-out}
mkdir -p "$out/logs" || { echo "device-check: cannot create '$out'" >&2; exit 2; }
out=$(cd "$out" && pwd)
build=$(cd "$build" 2>/dev/null && pwd || echo "$build")
testdata=$root/../shared/testdata
cli=$build/apps/cli/swapcam
start=$(date +%s)
: > "$out/results.tsv"

# ---- recording -------------------------------------------------------------------------------------

# record STEP STATUS DETAIL [FIGURES]: FIGURES is "key=value;key=value" (numbers stay numbers in JSON).
record() {
  printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "${4:-}" >> "$out/results.tsv"
  printf '[%-4s] %-22s %s\n' "$2" "$1" "$3"
}
left() { echo $(( budget - ($(date +%s) - start) )); }
# run_logged STEP SECONDS CMD...: runs CMD with a time limit, its output in logs/STEP.log.
run_logged() {
  local step=$1 limit=$2
  shift 2
  local l
  l=$(left)
  [ "$limit" -gt "$l" ] && limit=$l
  [ "$limit" -lt 5 ] && { echo "time budget spent" > "$out/logs/$step.log"; return 124; }
  echo "+ $*" > "$out/logs/$step.log"
  timeout --kill-after=10 "$limit" "$@" >> "$out/logs/$step.log" 2>&1
}
last_line() { grep -v '^+ ' "$out/logs/$1.log" | grep -v '^\s*$' | tail -n 1 | cut -c1-200; }
# json_field FILE EXPR: a value from a JSON file with python3 (empty when python3 or the key is missing).
json_field() {
  command -v python3 >/dev/null || return 0
  python3 - "$1" "$2" <<'EOF' 2>/dev/null
import json, sys
text = open(sys.argv[1]).read()
doc = json.loads(text[text.find('{'):])
v = eval(sys.argv[2], {"j": doc})
print(v if not isinstance(v, float) else round(v, 3))
EOF
}

# ---- what the machine has ----------------------------------------------------------------------------

has_gpu=0
no_gpu_reason=""
if ! command -v nvidia-smi >/dev/null; then
  no_gpu_reason="no NVIDIA driver here (nvidia-smi not found)"
  record gpu SKIP "$no_gpu_reason"
elif ! q=$(nvidia-smi --query-gpu=name,driver_version,compute_cap,memory.total --format=csv,noheader 2>&1); then
  no_gpu_reason="nvidia-smi found no usable GPU: $(echo "$q" | head -n 1)"
  record gpu SKIP "$no_gpu_reason"
else
  has_gpu=1
  first=$(echo "$q" | head -n 1)
  IFS=, read -r g_name g_driver g_cc g_mem <<< "$first"
  record gpu OK "$(echo "$q" | wc -l) GPU(s); $first" \
    "name=${g_name# };driver=${g_driver# };compute_capability=${g_cc# };memory=${g_mem# }"
fi

# Library dirs found outside the loader's path (pip wheels of NVIDIA's libraries, a CUDA toolkit):
# put on LD_LIBRARY_PATH for the steps below.
extra_dirs=""
find_lib() {
  local name=$1 hit ld=${LD_LIBRARY_PATH:-}
  hit=$(ldconfig -p 2>/dev/null | awk -v n="$name" '$1 == n {print $NF; exit}')
  if [ -z "$hit" ]; then
    for d in ${ld//:/ } ${CUDA_HOME:-/nonexistent}/lib64 /usr/local/cuda/lib64 /usr/local/cuda-*/lib64 \
             /usr/local/cuda*/targets/x86_64-linux/lib /usr/lib/x86_64-linux-gnu /usr/local/lib \
             /usr/lib/python3*/site-packages/nvidia/*/lib /usr/local/lib/python3*/dist-packages/nvidia/*/lib \
             /opt/tensorrt*/lib /usr/local/tensorrt*/lib; do
      [ -e "$d/$name" ] && { hit=$d/$name; extra_dirs="$extra_dirs:$d"; break; }
    done
  fi
  echo "$hit"
}
for spec in "cuda-runtime|libcudart.so.13|the CUDA 13 runtime" "cublas|libcublas.so.13|CUDA 13's cuBLAS" \
            "cudnn|libcudnn.so.9|cuDNN 9" "tensorrt|libnvinfer.so.10|TensorRT 10"; do
  IFS='|' read -r step lib what <<< "$spec"
  hit=$(find_lib "$lib")
  if [ -n "$hit" ]; then record "$step" OK "$lib at $hit" "path=$hit"
  else record "$step" SKIP "$lib not found: $what is not installed (ONNX Runtime 1.29's GPU plugins need it)"; fi
done

ffmpeg_hw=""
if command -v ffmpeg >/dev/null; then
  ffmpeg -hide_banner -hwaccels 2>/dev/null | grep -qx 'cuda' && ffmpeg_hw="cuda-decode"
  ffmpeg -hide_banner -encoders 2>/dev/null | grep -q ' h264_nvenc ' && ffmpeg_hw="$ffmpeg_hw h264_nvenc"
  record ffmpeg-hw "$([ -n "$ffmpeg_hw" ] && echo OK || echo SKIP)" \
    "ffmpeg knows: ${ffmpeg_hw:-neither CUDA decoding nor h264_nvenc}"
else
  record ffmpeg-hw SKIP "ffmpeg not installed (the NVDEC/NVENC checks use it)"
fi

# Why a GPU step cannot run here, or "" when it can.
gpu_skip() {
  local why=$no_gpu_reason
  if [ "$dry" = 1 ]; then echo "dry run${why:+; $why}${1:+; would run: $1}"; return; fi
  echo "$why"
}

for spec in "nvdec|cuda-decode|a 1080p H.264 clip decoded with -hwaccel cuda" \
            "nvenc|h264_nvenc|1080p test frames encoded with h264_nvenc -gpu 0"; do
  IFS='|' read -r step need what <<< "$spec"
  why=$(gpu_skip "$what")
  if [ -n "$why" ]; then record "$step" SKIP "$why"; continue; fi
  case " $ffmpeg_hw " in *" $need "*) ;; *) record "$step" SKIP "this ffmpeg has no $need"; continue ;; esac
  if [ "$step" = nvdec ]; then
    run_logged nvdec-clip 60 ffmpeg -hide_banner -y -f lavfi -i testsrc2=size=1920x1080:rate=30 -t 3 -c:v libx264 \
      -pix_fmt yuv420p "$out/clip-1080p-testsrc.mp4"
    cmd=(ffmpeg -hide_banner -hwaccel cuda -hwaccel_device 0 -i "$out/clip-1080p-testsrc.mp4" -f null -)
  else
    cmd=(ffmpeg -hide_banner -f lavfi -i testsrc2=size=1920x1080:rate=30 -t 3 -c:v h264_nvenc -gpu 0 -f null -)
  fi
  if run_logged "$step" 60 "${cmd[@]}"; then record "$step" OK "$what"
  else record "$step" FAIL "$what failed: $(last_line "$step")"; fi
done

# ---- swapcam and the GPU runtime ---------------------------------------------------------------------

if [ -x "$cli" ]; then
  record swapcam OK "$("$cli" --version 2>&1 | head -n 1) at $cli"
else
  record swapcam FAIL "no swapcam program at $cli (build it: scripts/setup.sh, or pass --build DIR)"
fi

[ -z "$ort_gpu" ] && [ -d "$root/.deps/onnxruntime-1.29.0-gpu/lib" ] && ort_gpu=$root/.deps/onnxruntime-1.29.0-gpu/lib
gpu_ok=0
trt_why="not checked"
gpu_provider_reason="no usable GPU provider (see gpu-runtime)"
if [ ! -x "$cli" ]; then
  record gpu-runtime SKIP "no swapcam program"
elif [ -z "$ort_gpu" ] || [ ! -e "$ort_gpu/libonnxruntime.so.1" ]; then
  gpu_provider_reason="no GPU build of ONNX Runtime here"
  record gpu-runtime SKIP "$gpu_provider_reason: run scripts/bootstrap-onnxruntime.sh --gpu where there is internet and bring \
.deps/onnxruntime-1.29.0-gpu (264 MB), or pass --ort-gpu LIBDIR"
elif [ ! -e "$ort_gpu/libonnxruntime_providers_cuda.so" ]; then
  gpu_provider_reason="the CUDA provider plugin is missing beside $ort_gpu/libonnxruntime.so.1"
  record gpu-runtime SKIP "$gpu_provider_reason"
else
  export LD_LIBRARY_PATH="$ort_gpu$extra_dirs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  run_logged doctor 60 "$cli" doctor --json
  cuda_ready=$(json_field "$out/logs/doctor.log" \
    '[r for r in j["provider_readiness"] if r["provider"] == "cuda"][0]["usable"]')
  cuda_why=$(json_field "$out/logs/doctor.log" '[r for r in j["provider_readiness"] if r["provider"] == "cuda"][0]["reason"]')
  trt_why=$(json_field "$out/logs/doctor.log" \
    '([r for r in j["provider_readiness"] if r["provider"] == "tensorrt"] or [{"reason": "not in the build"}])[0]["reason"] or "usable"')
  if [ "$cuda_ready" = True ]; then
    gpu_ok=1
    record gpu-runtime OK "ONNX Runtime GPU core at $ort_gpu: cuda usable; tensorrt: $trt_why"
  elif [ "$has_gpu" = 1 ]; then
    record gpu-runtime FAIL "the GPU is there but CUDA is not usable: ${cuda_why:-see logs/doctor.log}"
  else
    gpu_provider_reason="cuda not usable: ${cuda_why:-see logs/doctor.log}"
    record gpu-runtime SKIP "GPU core at $ort_gpu loads; $gpu_provider_reason"
  fi
fi
trt_ok=0
[ "$gpu_ok" = 1 ] && [ "$trt_why" = usable ] && trt_ok=1

# Why a measurement cannot run: "" when it can.
measure_skip() {
  local why
  why=$(gpu_skip "$1")
  [ -n "$why" ] && { echo "$why"; return; }
  [ "$gpu_ok" = 1 ] || echo "$gpu_provider_reason"
}

# ---- models ------------------------------------------------------------------------------------------

models=$out/models
testmodels=$build/testmodels
why=$(measure_skip "python3 tools/gen_test_models.py --full-size --out $models (~750 MB, ~30 s)")
if [ -n "$why" ]; then
  record models SKIP "$why"
elif ! /usr/bin/env python3 -c 'import onnx, numpy' 2>/dev/null; then
  why="python3 with onnx and numpy is needed to generate the models"
  record models SKIP "$why"
else
  if run_logged models 240 python3 "$root/tools/gen_test_models.py" --full-size --out "$models"; then
    record models OK "full-size equivalents in $models ($(du -sh "$models" | cut -f1))"
  else
    why="the generator failed: $(last_line models)"
    record models FAIL "$why"
  fi
  if [ ! -f "$testmodels/swapper_nan_fp16.onnx" ]; then
    testmodels=$out/testmodels
    run_logged testmodels 120 python3 "$root/tools/gen_test_models.py" --out "$testmodels" || true
  fi
  [ -f "$models/inswapper_128_equivalent.onnx" ] && why=""
fi
models_skip=$why

# bench_swapper STEP PROVIDERS PRECISION [EXTRA...]: the swapper stage of swapcam bench.
bench_swapper() {
  local step=$1 providers=$2 precision=$3
  shift 3
  if ! run_logged "$step" 180 "$cli" bench --json --no-peak --no-macs --iterations 20 --models-dir "$models" \
         --execution-provider "$providers" --precision "$precision" "$@"; then
    record "$step" FAIL "swapcam bench failed: $(last_line "$step")"
    return
  fi
  local f=$out/logs/$step.log ms on prec
  ms=$(json_field "$f" 'j["swap"]["per_face_ms"]')
  on=$(json_field "$f" '[m for m in j["models"] if m["role"] == "swapper"][0]["provider"]')
  prec=$(json_field "$f" '[m for m in j["models"] if m["role"] == "swapper"][0].get("precision", "?")')
  local want=${providers%%,*}
  if [ -z "$ms" ]; then record "$step" FAIL "no swap timing in the bench report (logs/$step.log)"
  elif [ "$on" != "$want" ]; then record "$step" FAIL "the swapper ran on ${on:-?}, not $want (logs/$step.log)"
  else
    record "$step" OK "$(awk -v m="$ms" 'BEGIN {printf "%.1f faces/s", 1000 / m}') ($ms ms a face, $on, $prec)" \
      "faces_per_s=$(awk -v m="$ms" 'BEGIN {printf "%.2f", 1000 / m}');ms_per_face=$ms;provider=$on;precision=$prec"
  fi
}

for spec in "swapper-cuda-fp32|cuda|fp32|" "swapper-cuda-fp32-1thread|cuda|fp32|--execution-threads 1" \
            "swapper-tensorrt-fp16|tensorrt|fp16|" "swapper-tensorrt-fp32|tensorrt|fp32|"; do
  IFS='|' read -r step providers precision extra <<< "$spec"
  why=$(measure_skip "swapcam bench --execution-provider $providers --precision $precision $extra")
  [ -z "$why" ] && why=$models_skip
  [ -z "$why" ] && [ "$providers" = tensorrt ] && [ "$trt_ok" = 0 ] && why="TensorRT not usable: $trt_why"
  if [ -n "$why" ]; then record "$step" SKIP "$why"; continue; fi
  # shellcheck disable=SC2086
  bench_swapper "$step" "$providers" "$precision" $extra
done
record swapper-cuda-fp16 SKIP "CUDA runs fp16 from an fp16 file and the generator writes the swapper in fp32 only \
(TensorRT's fp16 is measured from the fp32 file above)"
record swapper-iobinding SKIP "IO binding and batching on the GPU: no shipped tool measures them yet (bench/bench_runtime \
runs the CPU provider; bench's swap stage is one face per run)"

# ---- the NaN guard on the device ---------------------------------------------------------------------

why=$(measure_skip "swapcam swap with an fp16 swapper that yields NaN on cuda; the guard must reload fp32")
face=$testdata/images/astronaut.png
detector=$testdata/models/scrfd_500m_bnkps.onnx
[ -z "$why" ] && [ ! -f "$face" -o ! -f "$detector" ] && why="../shared/testdata (a face and the SCRFD-500M detector) is not here"
[ -z "$why" ] && [ ! -f "$testmodels/swapper_nan_fp16.onnx" ] && why="no test models (tools/gen_test_models.py) in $testmodels"
if [ -n "$why" ]; then
  record nan-guard SKIP "$why"
else
  nm=$out/nan-models
  mkdir -p "$nm"
  cp "$testmodels/swapper_identity.onnx" "$nm/inswapper_128.onnx"
  cp "$testmodels/swapper_nan_fp16.onnx" "$nm/inswapper_128_fp16.onnx"
  if run_logged nan-guard 120 "$cli" swap -s "$face" -t "$face" -o "$out/nan-guard.png" --models-dir "$nm" \
       --detector-model "$detector" --recognizer-model "$testmodels/recognizer_arcface.onnx" \
       --execution-provider cuda --precision fp16; then
    if grep -q "switching to fp32" "$out/logs/nan-guard.log"; then record nan-guard OK "NaN from fp16 on cuda caught; reloaded in fp32"
    else record nan-guard FAIL "the fp16 swapper's NaN did not trigger the fp32 reload (logs/nan-guard.log)"; fi
  else
    record nan-guard FAIL "swap failed: $(last_line nan-guard)"
  fi
fi

# ---- bench, video, nodes -----------------------------------------------------------------------------

why=$(measure_skip "swapcam bench --execution-provider cuda,cpu")
[ -z "$why" ] && why=$models_skip
if [ -n "$why" ]; then record bench SKIP "$why"
elif run_logged bench 180 "$cli" bench --json --iterations 10 --models-dir "$models" --execution-provider cuda,cpu \
       --detector-model "$models/scrfd_10g_equivalent.onnx"; then
  f=$out/logs/bench.log
  record bench OK "swap $(json_field "$f" 'j["swap"]["per_face_ms"]') ms a face, detect $(json_field "$f" 'j["detect"]["ms"]') ms" \
    "swap_ms=$(json_field "$f" 'j["swap"]["per_face_ms"]');detect_ms=$(json_field "$f" 'j["detect"]["ms"]')"
else record bench FAIL "swapcam bench failed: $(last_line bench)"; fi

why=$(measure_skip "a 10 s 1080p clip swapped end to end (--hw-decode auto, --video-encoder auto)")
[ -z "$why" ] && why=$models_skip
[ -z "$why" ] && [ ! -f "$face" -o ! -f "$detector" ] && why="../shared/testdata (a face and the SCRFD-500M detector) is not here"
if [ -n "$why" ]; then
  record video-1080p SKIP "$why"
else
  clip=$out/clip-1080p-face.mp4
  # A machine without ffmpeg takes the clip scripts/device-bundle.sh made.
  if command -v ffmpeg >/dev/null; then
    run_logged video-clip 60 ffmpeg -hide_banner -y -loop 1 -i "$face" -t 10 -r 30 \
      -vf "scale=-2:1080,pad=1920:1080:(ow-iw)/2:0" -c:v libx264 -pix_fmt yuv420p "$clip"
  elif [ -f "${SWAPCAM_DEVICE_CLIP:-}" ]; then
    cp "$SWAPCAM_DEVICE_CLIP" "$clip"
  fi
  t0=$(date +%s.%N)
  if run_logged video-1080p 240 "$cli" swap -s "$face" -t "$clip" -o "$out/video-1080p-out.mp4" --models-dir "$models" \
       --detector-model "$detector" --recognizer-model "$models/arcface_r50_equivalent.onnx" \
       --swapper-model "$models/inswapper_128_equivalent.onnx" --execution-provider cuda,cpu \
       --hw-decode auto --video-encoder auto; then
    s=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
    dec=$(grep -o 'video decode: [a-z0-9]*' "$out/logs/video-1080p.log" | head -n 1)
    enc=$(grep -o 'video encoder: [a-z0-9_]*' "$out/logs/video-1080p.log" | head -n 1)
    # "OUT: 300 frames (300 with a swapped face), ..."
    frames=$(grep -o ': [0-9]* frames (' "$out/logs/video-1080p.log" | tail -n 1 | tr -dc 0-9)
    frames=${frames:-300}
    fps=$(awk -v n="$frames" -v s="$s" 'BEGIN {printf "%.2f", n / s}')
    record video-1080p OK "$frames frames in $s s ($fps fps, model loads included); ${dec:-decode on the CPU}; ${enc:-libx264}" \
      "frames=$frames;seconds=$s;fps=$fps"
  else
    record video-1080p FAIL "swap failed: $(last_line video-1080p)"
  fi
fi

why=$(measure_skip "one bench round with SWAPCAM_ORT_PROFILE, nodes counted per provider")
[ -z "$why" ] && why=$models_skip
if [ -n "$why" ]; then
  record nodes SKIP "$why"
else
  mkdir -p "$out/profile"
  SWAPCAM_ORT_PROFILE=$out/profile/p run_logged nodes-run 120 "$cli" bench --json --iterations 1 --no-peak --no-macs \
    --models-dir "$models" --execution-provider cuda,cpu --detector-model "$models/scrfd_10g_equivalent.onnx"
  summary=$(python3 - "$out/profile" <<'EOF' 2>&1
import collections, glob, json, os, sys
parts = []
for f in sorted(glob.glob(os.path.join(sys.argv[1], "*.json"))):
    nodes = collections.defaultdict(set)
    for e in json.load(open(f)):
        a = e.get("args", {})
        if e.get("cat") == "Node" and "provider" in a:
            nodes[a["provider"].replace("ExecutionProvider", "")].add(e["name"].rsplit("_kernel_time", 1)[0])
    role = os.path.basename(f).split("_")[1] if "_" in os.path.basename(f) else f
    parts.append(role + ": " + ", ".join(f"{len(v)} on {k}" for k, v in sorted(nodes.items())))
print("; ".join(parts) if parts else "no profile written")
EOF
)
  case $summary in
    "no profile written"*|Traceback*|"") record nodes FAIL "${summary:-no profile} (logs/nodes-run.log)" ;;
    *) record nodes OK "$summary" ;;
  esac
fi

# ---- table and JSON ----------------------------------------------------------------------------------

elapsed=$(( $(date +%s) - start ))
echo
printf '%-26s %-5s %s\n' STEP STATUS DETAIL
awk -F'\t' '{printf "%-26s %-5s %s\n", $1, $2, $3}' "$out/results.tsv"
fails=$(awk -F'\t' '$2 == "FAIL"' "$out/results.tsv" | wc -l)
oks=$(awk -F'\t' '$2 == "OK"' "$out/results.tsv" | wc -l)
skips=$(awk -F'\t' '$2 == "SKIP"' "$out/results.tsv" | wc -l)

esc() { local s=${1//\\/\\\\}; s=${s//\"/\\\"}; printf '%s' "${s//$'\t'/ }"; }
{
  printf '{\n  "dry_run": %s,\n  "seconds": %d,\n  "ok": %d, "skip": %d, "fail": %d,\n  "steps": [\n' \
    "$([ "$dry" = 1 ] && echo true || echo false)" "$elapsed" "$oks" "$skips" "$fails"
  n=$(wc -l < "$out/results.tsv")
  i=0
  while IFS=$'\t' read -r step status detail figures; do
    i=$((i + 1))
    printf '    {"step": "%s", "status": "%s", "detail": "%s", "figures": {' "$(esc "$step")" "$status" "$(esc "$detail")"
    sep=""
    IFS=';' read -ra kv <<< "$figures"
    for pair in "${kv[@]}"; do
      [ -z "$pair" ] && continue
      k=${pair%%=*}; v=${pair#*=}
      if [[ $v =~ ^-?[0-9]+(\.[0-9]+)?$ ]]; then printf '%s"%s": %s' "$sep" "$(esc "$k")" "$v"
      else printf '%s"%s": "%s"' "$sep" "$(esc "$k")" "$(esc "$v")"; fi
      sep=", "
    done
    printf '}}%s\n' "$([ "$i" -lt "$n" ] && echo ,)"
  done < "$out/results.tsv"
  printf '  ]\n}\n'
} > "$out/device-check.json.tmp" && mv "$out/device-check.json.tmp" "$out/device-check.json"
echo
echo "device-check: $oks OK, $skips SKIP, $fails FAIL in ${elapsed}s; $out/device-check.json"
[ "$fails" -eq 0 ]
