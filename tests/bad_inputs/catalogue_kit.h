#pragma once
// The bad-input catalogue's kit (docs/RELIABILITY.md, "Bad inputs"): the folder each case runs in, forged
// inputs, and the Case row. The rows are in bad_inputs_test.cpp (the first round) and
// bad_inputs_round2_test.cpp; both run through the one BadInput.FailsCleanly check.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "media/atomic_file.h"
#include "media/image_io.h"
#include "media/video_reader.h"
#include "media/video_writer.h"
#include "test_support.h"

namespace swapcam::test {
namespace bad_inputs {

namespace fs = std::filesystem;

// Single-quoted for the shell (a quote inside becomes '\\'').
inline std::string q(const fs::path& p) {
  std::string out = "'";
  for (char ch : p.string()) out += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
  return out + "'";
}
inline fs::path astronaut() { return testdata_dir() / "images" / "astronaut.png"; }
inline fs::path scrfd() { return testdata_dir() / "models" / "scrfd_500m_bnkps.onnx"; }

inline std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

inline std::string random_bytes(size_t n, unsigned seed) {
  std::mt19937 rng(seed);
  std::string s(n, '\0');
  for (auto& c : s) c = char(rng() & 0xff);
  return s;
}

// ---- Forged image headers -------------------------------------------------------------------------

inline uint32_t crc32(const std::string& data) {
  uint32_t c = 0xffffffffu;
  for (unsigned char b : data) {
    c ^= b;
    for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xedb88320u & (0u - (c & 1u)));
  }
  return c ^ 0xffffffffu;
}

inline void put_be32(std::string& s, uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) s.push_back(char((v >> shift) & 0xff));
}
inline void put_le32(std::string& s, uint32_t v) {
  for (int shift = 0; shift <= 24; shift += 8) s.push_back(char((v >> shift) & 0xff));
}
inline void put_le16(std::string& s, uint16_t v) {
  s.push_back(char(v & 0xff));
  s.push_back(char(v >> 8));
}

inline std::string png_chunk(const std::string& type, const std::string& body) {
  std::string c;
  put_be32(c, uint32_t(body.size()));
  c += type + body;
  put_be32(c, crc32(type + body));
  return c;
}

// A well-formed PNG header (valid CRCs) claiming width x height RGB pixels, with a token IDAT.
inline std::string huge_png(uint32_t width, uint32_t height) {
  std::string ihdr;
  put_be32(ihdr, width);
  put_be32(ihdr, height);
  ihdr += std::string("\x08\x02\x00\x00\x00", 5);  // 8-bit RGB, deflate, no filter, no interlace
  const std::string empty_deflate("\x78\x9c\x03\x00\x00\x00\x00\x01", 8);
  return std::string("\x89PNG\r\n\x1a\n", 8) + png_chunk("IHDR", ihdr) + png_chunk("IDAT", empty_deflate) +
         png_chunk("IEND", "");
}

// A BMP header claiming width x height 24-bit pixels, followed by a few bytes of them.
inline std::string huge_bmp(uint32_t width, uint32_t height) {
  std::string b = "BM";
  put_le32(b, 54 + 64);
  put_le32(b, 0);
  put_le32(b, 54);
  put_le32(b, 40);
  put_le32(b, width);
  put_le32(b, height);
  put_le16(b, 1);
  put_le16(b, 24);
  for (int i = 0; i < 6; ++i) put_le32(b, 0);
  return b + std::string(64, '\x7f');
}

// ---- The folder a case runs in --------------------------------------------------------------------

// Every regular file under a folder with its size, modification time and contents' hash.
using Snapshot = std::map<std::string, std::string>;
inline Snapshot snapshot(const fs::path& root) {
  Snapshot s;
  for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator(); ++it) {
    const auto rel = fs::relative(it->path(), root).string();
    if (it->is_symlink()) {
      s[rel] = "link -> " + fs::read_symlink(it->path()).string();
    } else if (it->is_regular_file()) {
      struct stat st {};
      ::stat(it->path().c_str(), &st);
      std::ostringstream v;
      v << "size " << st.st_size << " mtime " << st.st_mtim.tv_sec << "." << st.st_mtim.tv_nsec << " hash "
        << std::hash<std::string>{}(read_bytes(it->path()));
      s[rel] = v.str();
    } else if (it->is_directory()) {
      s[rel] = "dir";
    } else {
      s[rel] = "special";
    }
  }
  return s;
}

struct ModelArgs {
  fs::path detector = scrfd();
  fs::path recognizer = model("recognizer_arcface.onnx");
  fs::path swapper = model("swapper_identity.onnx");
  fs::path landmarker = model("landmarks_106.onnx");
};

class Env {
 public:
  const fs::path& dir() const { return dir_.path(); }
  fs::path operator/(const std::string& name) const { return dir_ / name; }

  fs::path write(const std::string& name, const std::string& bytes) const {
    const auto p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }
  fs::path copy(const fs::path& from, const std::string& name) const { return write(name, read_bytes(from)); }
  fs::path portrait(const std::string& name = "face.png") const { return copy(astronaut(), name); }

  // A short H.264 video with the portrait sliding over a plain background (our own writer).
  fs::path video(const std::string& name, int frames = 20, int width = 320, int height = 240, int fps = 10) const {
    const auto p = dir_ / name;
    cv::Mat face = media::read_image(astronaut());
    cv::resize(face, face, {height * 3 / 4, height * 3 / 4}, 0, 0, cv::INTER_AREA);
    media::VideoWriterOptions o;
    o.quality = 20;
    o.time_base = {1, fps};
    o.frame_rate = {fps, 1};
    o.provenance = false;
    media::VideoWriter w(p, width, height, o);
    for (int i = 0; i < frames; ++i) {
      cv::Mat frame(height, width, CV_8UC3, cv::Scalar(90, 110, 130));
      face.copyTo(frame(
          cv::Rect((width - face.cols) * i / std::max(1, frames - 1), (height - face.rows) / 2, face.cols, face.rows)));
      w.write(frame, i);
    }
    w.finish();
    return p;
  }

  // The command line of `sub` with every model given explicitly and an empty models directory.
  std::string cli(const std::string& sub, const ModelArgs& m = {}) const {
    return q(cli_path()) + " " + sub + " --execution-provider cpu --execution-threads 2 --models-dir " +
           q(dir_ / "no-models") + " --detector-model " + q(m.detector) + " --recognizer-model " + q(m.recognizer) +
           " --swapper-model " + q(m.swapper) + " --landmark-model " + q(m.landmarker) + " ";
  }
  std::string swap(const fs::path& source, const fs::path& target, const fs::path& out, const ModelArgs& m = {}) const {
    return cli("swap", m) + "-s " + q(source) + " -t " + q(target) + " -o " + q(out);
  }
  std::string live(const fs::path& source, const std::string& camera, const std::string& args,
                   const ModelArgs& m = {}) const {
    return cli("live", m) + "--no-preview -s " + q(source) + " --camera " + q(camera) + " " + args;
  }

 private:
  TempDir dir_;
};

// ---- The catalogue --------------------------------------------------------------------------------

struct Invocation {
  std::string command;                    // a shell command line
  std::vector<fs::path> outside_outputs;  // outputs outside the case's folder: must not appear
  std::function<void()> alongside;        // runs on a thread while the command runs (a camera going away)
  // Success cases: the files that may appear in the case's folder, and what to check in them.
  std::vector<fs::path> created;
  bool inputs_change = false;  // the case itself changes an input (truncation while read)
  std::function<void(const CommandResult&)> check;
};

struct Case {
  std::string name;
  std::function<Invocation(const Env&)> make;
  int exit_code = 1;
  std::vector<std::string> mentions;  // in the error line (failures) or the output (successes)
};

// Opens the FIFO for writing once a reader has it open (ENXIO until then), without blocking forever.
inline int open_fifo_writer(const fs::path& fifo) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < deadline) {
    const int fd = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
    if (fd >= 0) {
      ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
      return fd;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return -1;
}

inline long decodable_frames(const fs::path& video) {
  try {
    media::VideoReader r(video);
    media::VideoFrame f;
    long n = 0;
    while (r.read(f)) ++n;
    return n;
  } catch (const std::exception&) {
    return -1;
  }
}

inline void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

class BadInput : public ::testing::TestWithParam<Case> {};

inline std::vector<std::string> error_lines(const std::string& output) {
  std::vector<std::string> lines;
  std::istringstream in(output);
  for (std::string line; std::getline(in, line);)
    if (line.rfind("swapcam: error: ", 0) == 0) lines.push_back(line);
  return lines;
}

}  // namespace bad_inputs
}  // namespace swapcam::test
