#pragma once
// The report of `swapcam bench` (src/bench/stage_bench.h): JSON and terminal text.
#include <string>

#include <nlohmann/json.hpp>

#include "bench/stage_bench.h"
#include "bench/video_bench.h"

namespace swapcam::cli {

// product.md: one object per stage with ms figures; swap.per_face_ms, swap.inference_ms and
// swap.overhead_ratio; plus models, peak and frame objects.
nlohmann::json bench_to_json(const bench::BenchReport& report);
// The same as aligned text lines for a terminal.
std::string bench_to_text(const bench::BenchReport& report);
// `bench --video`: one object (text: one line) per row with its median CPU seconds and ratio.
nlohmann::json video_bench_to_json(const bench::VideoBenchReport& report);
std::string video_bench_to_text(const bench::VideoBenchReport& report);

}  // namespace swapcam::cli
