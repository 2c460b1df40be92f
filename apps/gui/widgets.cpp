#include "apps/gui/widgets.h"

#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeData>
#include <QPainter>
#include <QUrl>

#include "apps/gui/swap_request.h"
#include "media/image_io.h"

namespace swapcam::gui {

ImageView::ImageView(QWidget* parent) : QWidget(parent) {
  setMinimumSize(240, 180);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ImageView::set_image(const QImage& image) {
  image_ = image;
  update();
}

void ImageView::set_placeholder(const QString& text) {
  placeholder_ = text;
  update();
}

void ImageView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), QColor(32, 32, 32));
  if (image_.isNull()) {
    p.setPen(QColor(200, 200, 200));
    p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, placeholder_);
    return;
  }
  const QSize fitted = image_.size().scaled(size(), Qt::KeepAspectRatio);
  const QRect target(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
  p.setRenderHint(QPainter::SmoothPixmapTransform);
  p.drawImage(target, image_);
}

QStringList image_files_from_urls(const QList<QUrl>& urls) {
  QStringList out;
  for (const QUrl& url : urls) {
    if (!url.isLocalFile()) continue;
    const QString file = url.toLocalFile();
    if (media::image_format_from_extension(to_path(file)) != media::ImageFormat::Unknown) out << file;
  }
  return out;
}

QIcon thumbnail_icon(const QString& file, int size) {
  QImageReader reader(file);
  reader.setAutoTransform(true);
  QImage image = reader.read();
  QPixmap canvas(size, size);
  canvas.fill(QColor(60, 60, 60));
  if (!image.isNull()) {
    QPainter p(&canvas);
    const QImage scaled = image.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    p.drawImage((size - scaled.width()) / 2, (size - scaled.height()) / 2, scaled);
  }
  return QIcon(canvas);
}

namespace {
const char* kImagePatterns = "*.png *.jpg *.jpeg *.webp *.bmp *.tif *.tiff";
const char* kVideoPatterns = "*.mp4 *.mkv *.mov *.webm *.avi *.m4v";
}  // namespace

QString image_file_filter() {
  return QCoreApplication::translate("swapcam::gui::FileFilter", "Images (%1)").arg(kImagePatterns);
}

QString media_file_filter() {
  return QCoreApplication::translate("swapcam::gui::FileFilter", "Images and videos (%1)")
             .arg(QString(kImagePatterns) + " " + kVideoPatterns) +
         ";;" + QCoreApplication::translate("swapcam::gui::FileFilter", "All files (%1)").arg("*");
}

SourceList::SourceList(QWidget* parent) : QListWidget(parent) {
  setViewMode(QListView::IconMode);
  setIconSize(QSize(72, 72));
  setResizeMode(QListView::Adjust);
  setMovement(QListView::Static);
  setSelectionMode(QAbstractItemView::ExtendedSelection);
  setAcceptDrops(true);
  setDropIndicatorShown(true);
  setMinimumHeight(110);
  setToolTip(tr("Source face photos (several photos of one person are averaged). Drop image files here."));
}

QStringList SourceList::files() const {
  QStringList out;
  for (int i = 0; i < count(); ++i) out << item(i)->data(Qt::UserRole).toString();
  return out;
}

void SourceList::set_files(const QStringList& files) {
  clear();
  add_files(files);
}

void SourceList::add_files(const QStringList& files) {
  const QStringList existing = this->files();
  for (const QString& f : files) {
    if (existing.contains(f)) continue;
    auto* it = new QListWidgetItem(thumbnail_icon(f, 72), QFileInfo(f).fileName(), this);
    it->setData(Qt::UserRole, f);
    it->setToolTip(f);
  }
  emit changed();
}

void SourceList::remove_selected() {
  for (auto* it : selectedItems()) delete it;
  emit changed();
}

void SourceList::dragEnterEvent(QDragEnterEvent* event) {
  if (!image_files_from_urls(event->mimeData()->urls()).isEmpty()) event->acceptProposedAction();
}

void SourceList::dragMoveEvent(QDragMoveEvent* event) {
  if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void SourceList::dropEvent(QDropEvent* event) {
  const QStringList files = image_files_from_urls(event->mimeData()->urls());
  if (files.isEmpty()) return;
  add_files(files);
  event->acceptProposedAction();
}

void select_data(QComboBox* box, const QString& value) {
  const int i = box->findData(value);
  if (i >= 0) box->setCurrentIndex(i);
  else if (box->isEditable()) box->setEditText(value);
}

QString combo_value(const QComboBox* box) {
  if (box->isEditable()) {
    // The typed text, unless it is the label of a listed entry.
    const int i = box->findText(box->currentText());
    return i >= 0 ? box->itemData(i).toString() : box->currentText();
  }
  return box->currentData().toString();
}

}  // namespace swapcam::gui
