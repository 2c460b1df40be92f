#include "gui_test_support.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

#include <opencv2/imgproc.hpp>

#include "apps/gui/swap_request.h"
#include "media/image_io.h"
#include "media/video_writer.h"

namespace swapcam::test {

QApplication& gui_app() {
  static int argc = 1;
  static char name[] = "test_gui";
  static char* argv[] = {name, nullptr};
  static QApplication* app = [] {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);  // nothing lands in the user's folders
    auto* a = new QApplication(argc, argv);
    QCoreApplication::setOrganizationName("swapcam-test");
    QCoreApplication::setApplicationName("swapcam-test");
    return a;
  }();
  return *app;
}

gui::GuiSettings test_settings(const TempDir& dir) {
  gui::GuiSettings s;
  s.sources = {gui::from_path(testdata_dir() / "images" / "astronaut.png")};
  s.detector_model = gui::from_path(testdata_dir() / "models" / "scrfd_500m_bnkps.onnx");
  s.recognizer_model = gui::from_path(model("recognizer_arcface.onnx"));
  s.swapper_model = gui::from_path(model("swapper_identity.onnx"));
  s.models_dir = gui::from_path(dir.path() / "models");  // empty: nothing is taken from the user's models
  s.execution_provider = "cpu";
  s.execution_threads = 1;
  s.set_option("video-encoder", "libx264");
  return s;
}

std::unique_ptr<QSettings> temp_store(const TempDir& dir) {
  return std::make_unique<QSettings>(gui::from_path(dir / "settings.ini"), QSettings::IniFormat);
}

std::filesystem::path make_test_video(const TempDir& dir, int frames, int size) {
  const cv::Mat portrait = media::read_image(testdata_dir() / "images" / "astronaut.png");
  cv::Mat base;
  cv::resize(portrait, base, cv::Size(size, size), 0, 0, cv::INTER_AREA);
  const auto path = dir / "clip.mp4";
  media::VideoWriterOptions o;
  o.encoder = "libx264";
  o.preset = "ultrafast";
  o.time_base = {1, 30};
  o.frame_rate = {30, 1};
  media::VideoWriter writer(path, size, size, o);
  for (int i = 0; i < frames; ++i) {
    cv::Mat frame;
    const cv::Mat shift = (cv::Mat_<double>(2, 3) << 1, 0, (i % 8) - 4, 0, 1, 0);
    cv::warpAffine(base, frame, shift, base.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    writer.write(frame, i);
  }
  writer.finish();
  return path;
}

bool wait_until(const std::function<bool()>& done, int timeout_ms) {
  QElapsedTimer t;
  t.start();
  while (!done()) {
    if (t.elapsed() > timeout_ms) return false;
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QTest::qSleep(5);
  }
  return true;
}

}  // namespace swapcam::test
