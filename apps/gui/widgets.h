#pragma once
// Small widgets of the window: an image view that keeps the aspect ratio, and the source face list
// (thumbnails, drag and drop of image files).
#include <QIcon>
#include <QImage>
#include <QUrl>
#include <QListWidget>
#include <QStringList>
#include <QComboBox>
#include <QWidget>

namespace swapcam::gui {

// Shows one image scaled to fit, centred; a placeholder text when empty.
class ImageView : public QWidget {
  Q_OBJECT

 public:
  explicit ImageView(QWidget* parent = nullptr);
  void set_image(const QImage& image);
  void set_placeholder(const QString& text);
  const QImage& image() const { return image_; }
  QSize sizeHint() const override { return {480, 360}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  QImage image_;
  QString placeholder_;
};

// Source face images as thumbnails. Accepts dropped image files; emits changed() on every edit.
class SourceList : public QListWidget {
  Q_OBJECT

 public:
  explicit SourceList(QWidget* parent = nullptr);
  QStringList files() const;
  void set_files(const QStringList& files);
  void add_files(const QStringList& files);
  void remove_selected();

 signals:
  void changed();

 protected:
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dragMoveEvent(QDragMoveEvent* event) override;
  void dropEvent(QDropEvent* event) override;
};

// Image files among dropped URLs (local files with an image extension).
QStringList image_files_from_urls(const QList<QUrl>& urls);
// A square thumbnail of an image file (read by Qt's codecs; a grey box when unreadable).
QIcon thumbnail_icon(const QString& file, int size);

// File dialog filters, translated: still images; images and videos (then all files).
// Selects the entry whose data is `value` (an editable box takes it as text when none has it).
void select_data(QComboBox* box, const QString& value);
// The chosen entry's data; for an editable box the typed text unless it is a listed entry's label.
QString combo_value(const QComboBox* box);

QString image_file_filter();
QString media_file_filter();

}  // namespace swapcam::gui
