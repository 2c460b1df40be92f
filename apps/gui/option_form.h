#pragma once
// A form made from option-table rows (pipeline/option_table.h): one widget per row by its type, so a
// new option appears in the GUI without GUI code. Values go in and out as the table's text.
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <QFormLayout>
#include <QWidget>

#include "pipeline/option_table.h"

namespace swapcam::gui {

class OptionForm : public QWidget {
  Q_OBJECT
 public:
  // The rows of these groups, in table order, with swap_only rows too (the GUI swaps files).
  explicit OptionForm(std::vector<std::string_view> groups, QWidget* parent = nullptr);

  // Writes every row's text into `values` (by key).
  void read(std::map<std::string, std::string>& values) const;
  // Shows `values` (absent keys: the row's default), without emitting changed().
  void write(const std::map<std::string, std::string>& values);
  // The widget of a row (for tests and for the window's own wiring); nullptr when not in this form.
  QWidget* editor(std::string_view key) const;

 signals:
  void changed();

 private:
  struct Field {
    const pipeline::OptionRow* row;
    QWidget* editor;            // checkbox, spin box, combo box or line edit
    QWidget* toggle = nullptr;  // Optional*: the checkbox that turns it on
    std::function<std::string()> get;
    std::function<void(const std::string&)> set;
  };
  std::vector<Field> fields_;
};

}  // namespace swapcam::gui
