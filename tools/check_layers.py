#!/usr/bin/env python3
"""Fails when an include points up the layer stack (docs/ARCHITECTURE.md):

    apps -> [facade] -> bench -> pipeline -> face | process | media | models -> runtime -> core

A file may include its own layer and any layer below; face, process, media and models are peers.
A front end (apps/<name>) may include its own files, never another front end's, and from the library
only the facade and the public headers listed in FRONT_END_API (the library's typed API; everything else
below the facade is its inside).
Usage: check_layers.py [ROOT]      (ROOT: the source tree, default: this script's parent's parent)
       check_layers.py --self-test (proves the check catches an upward and a cross-front-end include)
"""
import pathlib
import re
import sys
import tempfile

RANK = {"core": 0, "runtime": 1, "face": 2, "process": 2, "media": 2, "models": 2, "pipeline": 3, "bench": 4, "facade": 5,
        "apps": 6}
# What front ends may include from below the facade: vocabulary types and the pipelines' entry points.
# Growing the facade means moving uses of these into src/facade and deleting lines here, never adding
# an inner header (a runtime session, the ONNX reader, a detector's decoder) for a front end's sake.
FRONT_END_API = {
    "core/error.h", "core/log.h", "core/progress.h", "core/file_kind.h",
    "runtime/providers.h",
    "models/registry.h", "models/manifest.h", "models/locate.h", "models/status.h", "models/download.h",
    "face/selector.h", "face/detector.h",
    "process/watermark.h", "process/enhancer.h",
    "media/image_io.h", "media/video_reader.h", "media/video_index.h", "media/camera.h",
    "pipeline/swap_options.h", "pipeline/option_table.h", "pipeline/image_pipeline.h", "pipeline/video_pipeline.h",
    "pipeline/live_pipeline.h", "pipeline/batch.h", "pipeline/segments.h",
    "pipeline/join.h", "pipeline/output_guard.h",
    "bench/stage_bench.h", "bench/equivalent_models.h", "bench/video_bench.h", "face/tracker.h",
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([a-z_]+)/([^"]+)"', re.M)


def layer_of(path: pathlib.Path, root: pathlib.Path):
    """('media', None) for src/media/x.cpp, ('apps', 'gui') for apps/gui/x.cpp, None elsewhere."""
    parts = path.relative_to(root).parts
    if len(parts) >= 3 and parts[0] == "src" and parts[1] in RANK:
        return parts[1], None
    if len(parts) >= 3 and parts[0] == "apps":
        return "apps", parts[1]
    return None


def violations(root: pathlib.Path):
    found = []
    files = [p for d in ("src", "apps") for p in (root / d).rglob("*") if p.suffix in (".h", ".hpp", ".cpp")]
    for path in sorted(files):
        here = layer_of(path, root)
        if here is None:
            continue
        layer, front_end = here
        for m in INCLUDE.finditer(path.read_text(errors="replace")):
            top, rest = m.group(1), m.group(2)
            line = path.read_text(errors="replace")[: m.start()].count("\n") + 1
            where = f"{path.relative_to(root)}:{line}"
            if top == "apps":
                other = rest.split("/", 1)[0]
                if layer != "apps":
                    found.append(f'{where}: {layer} includes a front end ("apps/{rest}")')
                elif other != front_end:
                    found.append(f'{where}: front end {front_end} includes front end {other} ("apps/{rest}")')
            elif top in RANK and RANK[top] > RANK[layer]:
                found.append(f'{where}: {layer} includes the higher layer {top} ("{top}/{rest}")')
            elif layer == "apps" and top in RANK and top != "facade" and f"{top}/{rest}" not in FRONT_END_API:
                found.append(f'{where}: front end {front_end} includes "{top}/{rest}", which is inside the library '
                             f'(use the facade, or the public headers of tools/check_layers.py)')
    return found


def self_test():
    with tempfile.TemporaryDirectory() as d:
        root = pathlib.Path(d)
        for rel, text in {
            "src/core/ok.h": '#include "core/other.h"\n',
            "src/media/ok.cpp": '#include "core/ok.h"\n#include "models/peer.h"\n',
            "src/runtime/bad.cpp": '#include "core/ok.h"\n#include "pipeline/up.h"\n',
            "src/bench/ok.cpp": '#include "pipeline/p.h"\n#include "runtime/measure.h"\n',
            "src/pipeline/bad.cpp": '#include "bench/stage_bench.h"\n',
            "apps/cli/ok.cpp": '#include "apps/cli/x.h"\n#include "pipeline/swap_options.h"\n#include "facade/f.h"\n',
            "apps/gui/bad.cpp": '#include "apps/cli/x.h"\n',
            "apps/cli/inner.cpp": '#include "core/error.h"\n#include "runtime/onnx_reader.h"\n',
        }.items():
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_text(text)
        got = violations(root)
        expected = ["apps/gui/bad.cpp:1: front end gui includes front end cli",
                    "src/pipeline/bad.cpp:1: pipeline includes the higher layer bench",
                    "src/runtime/bad.cpp:2: runtime includes the higher layer pipeline",
                    'apps/cli/inner.cpp:2: front end cli includes "runtime/onnx_reader.h", which is inside']
        assert len(got) == 4 and all(any(g.startswith(e) for g in got) for e in expected), got
    print("check_layers self-test: upward includes, a cross-front-end include and a front end reaching inside the "
          "library are caught")


def main():
    if sys.argv[1:] == ["--self-test"]:
        self_test()
        return 0
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent.parent)
    found = violations(root)
    for v in found:
        print(v)
    if found:
        print(f"{len(found)} include(s) break the layer rules (docs/ARCHITECTURE.md)")
        return 1
    print("layers point down: no upward include")
    return 0


if __name__ == "__main__":
    sys.exit(main())
