#pragma once
// The option table: every tunable swap option (product.md, "Swap options") as one row, in the spirit
// of FFmpeg's AVOption and OBS's properties. The CLI's flags, the GUI's forms, the GUI's saved
// settings and the range checks of validate() are all made from these rows, so a new option is one
// row in option_table.cpp plus its field in SwapOptions. Values cross the table as text: what the
// command line gives, what a settings file stores.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/swap_options.h"

namespace swapcam::pipeline {

enum class OptionType {
  Flag,            // on or off ("true"/"false"); a flag on by default also has a --no- form
  Int,             // a whole number in [min, max]
  Number,          // a real number in [min, max] (bounds may be open)
  Choice,          // one of choices()
  Text,            // free text
  Size,            // "N" or "WxH"
  OptionalNumber,  // off (""), or on with a number; given without a value it takes `implicit`
  OptionalText,    // off (""), or on with a text; given without a value it takes `implicit`
};

struct OptionRow {
  std::string_view key;    // --<key> on the command line; <group>/<key> in saved settings
  std::string_view group;  // faces, swapper, detector, blend, enhance, video, marks: the GUI's sections
  std::string_view label;  // the GUI's label (English; the GUI translates it)
  std::string_view help;   // the command line's help (the default is appended)
  OptionType type;
  double min = 0, max = 0;                          // Int, Number, OptionalNumber
  bool min_open = false, max_open = false;          // a bound the value may not equal
  double step = 0;                                  // the GUI's spin step (its decimals follow from it)
  std::vector<std::string> (*choices)() = nullptr;  // Choice: the words offered ("" may be one: none)
  bool (*accepts)(std::string_view) = nullptr;      // Choice: other words taken too (older names)
  std::string_view implicit = {};                   // Optional*: the value of the flag given alone
  bool swap_only = false;                           // `swap` only (video output, whole-file options)
  // The field as text, and the field set from text. set() refuses text that is not of the row's type
  // (Error(Usage) naming the option); ranges are checked by check_option_ranges.
  std::string (*get)(const SwapOptions&) = nullptr;
  void (*set)(SwapOptions&, std::string_view value, const OptionRow& row) = nullptr;

  std::string flag() const { return "--" + std::string(key); }
  // "(default 0.8)" style text of a default SwapOptions' value; empty for an empty default.
  std::string default_text() const;
  // The number the row holds in `o` (Int/Number/OptionalNumber; NaN when an optional one is off).
  double number(const SwapOptions& o) const;
};

std::span<const OptionRow> option_table();
// nullptr when no row has that key.
const OptionRow* find_option(std::string_view key);

// Error(Usage) "--opacity must be between 0 and 1 (got 2)" for the first row whose value in `o` is
// out of its range or not one of its choices.
void check_option_ranges(const SwapOptions& o);

}  // namespace swapcam::pipeline
