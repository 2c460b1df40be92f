#pragma once
// Model status: every model of the manifest with its state in the models folder, and a button that
// fetches the missing ones (for swapping, live and the chosen enhancer) on a worker thread with a
// progress bar. Checking sizes is fast; it still runs off the UI thread like everything on disk.
#include <atomic>
#include <filesystem>
#include <thread>

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QWidget>

#include "models/manifest.h"
#include "models/status.h"

namespace swapcam::gui {

class ModelStatusWidget : public QWidget {
  Q_OBJECT

 public:
  explicit ModelStatusWidget(QWidget* parent = nullptr);
  ~ModelStatusWidget() override;

  // Checks the folder (and shows the result when done).
  void refresh(const std::filesystem::path& models_dir);
  int missing_count() const { return missing_; }
  QTreeWidget* table() const { return table_; }
  QPushButton* fetch_button() const { return fetch_; }

 signals:
  void refreshed(int missing);
  // After a fetch: models changed on disk (the preview drops its loaded models).
  void models_changed();

 private:
  void fetch_missing();
  void join();

  QTreeWidget* table_;
  QLabel* summary_;
  QPushButton* refresh_;
  QPushButton* fetch_;
  QProgressBar* bar_;
  std::filesystem::path dir_;
  int missing_ = 0;
  std::thread worker_;
  std::atomic<bool> working_{false};
};

}  // namespace swapcam::gui
