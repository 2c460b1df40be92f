#include "apps/cli/swap_args.h"

#include "core/error.h"
#include "core/log.h"
#include "face/detector.h"
#include "facade/models.h"
#include "models/registry.h"

#include <fmt/ranges.h>

namespace swapcam::cli {

void add_swap_options(CLI::App& sub, SwapArgs& a, bool swap_only_rows) {
  sub.add_option("-s,--source", a.sources, "Source face image (repeat to average several photos)");
  sub.add_option("--map-faces", a.map_faces,
                 "JSON file: [{\"source\": IMAGE, \"reference\": IMAGE}, ...]; each target face like a reference "
                 "gets that entry's source");
  sub.add_option("--reference-face", a.reference_face, "Image of the target person to swap (reference selector)");
  const pipeline::SwapOptions defaults;
  for (const auto& row : pipeline::option_table()) {
    if (row.swap_only && !swap_only_rows) continue;
    auto& slot = a.slots.emplace_back();
    slot.row = &row;
    const std::string def = row.default_text();
    std::string help(row.help);
    using T = pipeline::OptionType;
    switch (row.type) {
      case T::Flag:
        slot.flag = def == "true";
        // A flag on by default can be turned off: --keep-fps,!--no-keep-fps.
        slot.option = sub.add_flag(slot.flag ? row.flag() + ",!--no-" + std::string(row.key) : row.flag(), slot.flag,
                                   slot.flag ? help + " (default on)" : help);
        break;
      case T::OptionalNumber:
      case T::OptionalText:
        slot.option =
            sub.add_option(row.flag(), slot.text, help + fmt::format(" (default when given: {})", row.implicit))
                ->expected(0, 1)
                ->type_name(row.type == T::OptionalNumber ? "[NUMBER]" : "[TEXT]");
        break;
      default: {
        if (row.type == T::Choice) {
          std::vector<std::string> words;
          for (auto& c : row.choices())
            if (!c.empty()) words.push_back(std::move(c));
          help += fmt::format(": {}", fmt::join(words, ", "));
        }
        if (!def.empty()) help += " (default " + def + ")";
        slot.option = sub.add_option(row.flag(), slot.text, help);
        if (row.type == T::Number) slot.option->type_name("NUMBER");
        if (row.type == T::Int) slot.option->type_name("INT");
        if (row.type == T::Size) slot.option->type_name("N|WxH");
        // Choices are checked by the table (pipeline::check_option_ranges), which knows older names too.
      }
    }
    if (row.key == "face-selector") a.selector_opt = slot.option;
  }
}

std::pair<int, int> parse_size(const std::string& s, const char* option, bool square_allowed, int min_side,
                               int max_side) {
  const auto refuse = [&]() -> std::pair<int, int> {
    fail(ErrorKind::Usage, "{} must be {}WxH with sides from {} to {} (got '{}')", option,
         square_allowed ? "N or " : "", min_side, max_side, s);
  };
  try {
    const auto sep = s.find_first_of("xX,");
    size_t used = 0;
    const int w = std::stoi(s.substr(0, sep), &used);
    if (used != (sep == std::string::npos ? s.size() : sep)) return refuse();
    int h = w;
    if (sep == std::string::npos) {
      if (!square_allowed) return refuse();
    } else {
      const std::string rest = s.substr(sep + 1);
      h = std::stoi(rest, &used);
      if (used != rest.size()) return refuse();
    }
    if (w < min_side || h < min_side || w > max_side || h > max_side) return refuse();
    return {w, h};
  } catch (const std::logic_error&) {  // not a number, or beyond int
    return refuse();
  }
}

void resolve_swap_options(const SwapArgs& a, const GlobalOptions& g, pipeline::SwapOptions& o) {
  for (const auto& s : a.sources) o.sources.emplace_back(s);
  o.map_faces = a.map_faces;
  o.reference_face = a.reference_face;
  for (const auto& slot : a.slots) {
    if (slot.option->count() == 0) continue;
    using T = pipeline::OptionType;
    if (slot.row->type == T::Flag) slot.row->set(o, slot.flag ? "true" : "false", *slot.row);
    else if ((slot.row->type == T::OptionalNumber || slot.row->type == T::OptionalText) && slot.text.empty())
      slot.row->set(o, slot.row->implicit, *slot.row);  // the flag alone
    else slot.row->set(o, slot.text, *slot.row);
  }
  // A reference face implies the reference selector unless another one was asked for explicitly.
  const bool selector_given = a.selector_opt && a.selector_opt->count() > 0;
  if (!a.reference_face.empty() && !selector_given) o.face_selector = face::SelectorMode::Reference;
  if (!o.provenance)
    log::warn(
        "--no-label: outputs carry no metadata saying they were made by face swapping; label them yourself "
        "where you publish them");
  const facade::ModelSource models = g.model_source();  // option combinations checked before any file
  pipeline::validate(o);                                // usage errors before any file is looked at
  o.runtime = g.runtime_config();
  facade::resolve_models(o, models);
}

}  // namespace swapcam::cli
