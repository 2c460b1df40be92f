#pragma once
// The face mapping dialog: the people found in the target as thumbnails, each with a source photo
// chosen by the user. Finding runs on a worker thread; Accept writes the map file.
#include <atomic>
#include <filesystem>
#include <thread>
#include <vector>

#include <QDialog>
#include <QLabel>
#include <QTableWidget>

#include "apps/gui/face_map.h"
#include "apps/gui/gui_settings.h"

namespace swapcam::gui {

class FaceMapDialog : public QDialog {
  Q_OBJECT

 public:
  // `map_dir`: where the map file and reference crops are written.
  FaceMapDialog(const GuiSettings& settings, std::filesystem::path map_dir, QWidget* parent = nullptr);
  ~FaceMapDialog() override;

  // The map file written on accept (empty until then).
  const std::filesystem::path& map_file() const { return map_file_; }
  int people() const { return int(people_.clusters.size()); }
  void set_source(int person, const QString& file);

 signals:
  void people_found(int count);

 public slots:
  void accept() override;

 private:
  void show_people();

  GuiSettings settings_;
  std::filesystem::path map_dir_, map_file_;
  QLabel* status_;
  QTableWidget* table_;
  pipeline::ClusterReport people_;
  std::vector<std::filesystem::path> sources_;
  std::thread worker_;
  std::atomic<bool> cancel_{false};
};

}  // namespace swapcam::gui
