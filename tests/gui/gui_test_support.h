#pragma once
// Shared by the GUI tests: one QApplication on the offscreen platform, settings on temporary
// files, the generated models, a short test video.
#include <filesystem>
#include <functional>
#include <memory>

#include <QApplication>
#include <QSettings>

#include "apps/gui/gui_settings.h"
#include "test_support.h"

namespace swapcam::test {

// Creates the application (offscreen) on first use; every test that makes widgets calls it.
QApplication& gui_app();

// Settings that swap with the generated identity swapper and the real SCRFD detector on the CPU.
gui::GuiSettings test_settings(const TempDir& dir);

// A settings store on `dir`/settings.ini.
std::unique_ptr<QSettings> temp_store(const TempDir& dir);

// Writes a `frames`-frame 30 fps H.264 video of the astronaut portrait (moving slightly).
std::filesystem::path make_test_video(const TempDir& dir, int frames, int size = 256);

// Processes events until `done` or the timeout; returns done().
bool wait_until(const std::function<bool()>& done, int timeout_ms);

}  // namespace swapcam::test

#define SWAPCAM_REQUIRE_GUI_TESTDATA() SWAPCAM_REQUIRE_TESTDATA()
