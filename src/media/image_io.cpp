#include "media/image_io.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>
#include <vector>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/error.h"
#include "core/file_kind.h"
#include "core/log.h"
#include "media/atomic_file.h"
#include "media/image_metadata.h"
#include "media/jpeg_check.h"

namespace swapcam::media {
namespace fs = std::filesystem;
using detail::Bytes;

namespace {

// Whole files are read into memory for imdecode; anything this large is not a photo.
constexpr std::uintmax_t kMaxImageFileBytes = std::uintmax_t(1) << 30;

Bytes read_file_bytes(const fs::path& path) {
  require_regular_file(path);  // a FIFO would block in the open below
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(ErrorKind::Io, "cannot read '{}': {}", path.string(), std::strerror(errno));
  in.seekg(0, std::ios::end);
  auto size = std::streamoff(in.tellg());
  in.seekg(0, std::ios::beg);
  if (size < 0) fail(ErrorKind::Io, "cannot read '{}': cannot determine its size", path.string());
  if (std::uintmax_t(size) > kMaxImageFileBytes)
    fail(ErrorKind::InvalidData, "cannot read '{}': file is too large for an image ({} bytes)", path.string(), size);
  Bytes data(static_cast<std::size_t>(size));
  if (size > 0 && !in.read(reinterpret_cast<char*>(data.data()), size))
    fail(ErrorKind::Io, "cannot read '{}': read error", path.string());
  return data;
}

// 8-bit BGR from whatever depth/channels the decoder returned.
cv::Mat to_bgr8(cv::Mat m) {
  if (m.depth() == CV_16U) {
    m.convertTo(m, CV_8U, 1.0 / 257.0);
  } else if (m.depth() == CV_32F || m.depth() == CV_64F) {
    m.convertTo(m, CV_8U, 255.0);  // float images are 0..1 by convention
  } else if (m.depth() != CV_8U) {
    m.convertTo(m, CV_8U);
  }
  if (m.channels() == 1) cv::cvtColor(m, m, cv::COLOR_GRAY2BGR);
  else if (m.channels() == 4) cv::cvtColor(m, m, cv::COLOR_BGRA2BGR);
  return m;
}

// A PNG without the ancillary chunks the decoder does not use (colour profiles, text, times...):
// libpng prints warnings about bad ones straight to stderr, past -q ("iCCP: known incorrect sRGB
// profile"). Kept: the critical chunks, tRNS (transparency) and eXIf (orientation). Pixels are unchanged: OpenCV
// applies none of the dropped ones. Data that does not walk as chunks is returned as it is.
Bytes png_without_ancillary_chunks(const Bytes& data) {
  constexpr std::size_t kSignature = 8;
  Bytes out(data.begin(), data.begin() + std::ptrdiff_t(std::min(kSignature, data.size())));
  for (std::size_t at = kSignature; at < data.size();) {
    if (data.size() - at < 12) return data;
    const std::uint32_t length = std::uint32_t(data[at]) << 24 | std::uint32_t(data[at + 1]) << 16 |
                                 std::uint32_t(data[at + 2]) << 8 | std::uint32_t(data[at + 3]);
    if (length > data.size() - at - 12) return data;
    const unsigned char* type = &data[at + 4];
    const bool critical = (type[0] & 0x20) == 0;
    const bool keep = critical || std::memcmp(type, "tRNS", 4) == 0 || std::memcmp(type, "eXIf", 4) == 0;
    const std::size_t end = at + 12 + length;
    if (keep) out.insert(out.end(), data.begin() + std::ptrdiff_t(at), data.begin() + std::ptrdiff_t(end));
    if (std::memcmp(type, "IEND", 4) == 0) return out;
    at = end;
  }
  return out;
}

const char* extension_for(ImageFormat f) {
  switch (f) {
    case ImageFormat::Png: return ".png";
    case ImageFormat::Jpeg: return ".jpg";
    case ImageFormat::WebP: return ".webp";
    case ImageFormat::Bmp: return ".bmp";
    case ImageFormat::Tiff: return ".tif";
    default: return "";
  }
}

}  // namespace

const char* image_format_name(ImageFormat format) {
  switch (format) {
    case ImageFormat::Png: return "PNG";
    case ImageFormat::Jpeg: return "JPEG";
    case ImageFormat::WebP: return "WebP";
    case ImageFormat::Bmp: return "BMP";
    case ImageFormat::Tiff: return "TIFF";
    default: return "unknown";
  }
}

ImageFormat image_format_from_extension(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  if (ext == ".png") return ImageFormat::Png;
  if (ext == ".jpg" || ext == ".jpeg") return ImageFormat::Jpeg;
  if (ext == ".webp") return ImageFormat::WebP;
  if (ext == ".bmp") return ImageFormat::Bmp;
  if (ext == ".tif" || ext == ".tiff") return ImageFormat::Tiff;
  return ImageFormat::Unknown;
}

ImageFormat sniff_image_format(const unsigned char* d, std::size_t n) {
  if (n >= 8 && std::memcmp(d, "\x89PNG\r\n\x1a\n", 8) == 0) return ImageFormat::Png;
  if (n >= 3 && d[0] == 0xFF && d[1] == 0xD8 && d[2] == 0xFF) return ImageFormat::Jpeg;
  if (n >= 12 && std::memcmp(d, "RIFF", 4) == 0 && std::memcmp(d + 8, "WEBP", 4) == 0) return ImageFormat::WebP;
  if (n >= 2 && d[0] == 'B' && d[1] == 'M') return ImageFormat::Bmp;
  if (n >= 4 && (std::memcmp(d, "II*\0", 4) == 0 || std::memcmp(d, "MM\0*", 4) == 0)) return ImageFormat::Tiff;
  return ImageFormat::Unknown;
}

cv::Mat read_image(const fs::path& path, std::size_t max_pixels, cv::Mat* alpha) {
  if (alpha) alpha->release();
  Bytes data = read_file_bytes(path);
  const std::string name = path.string();
  if (data.empty()) fail(ErrorKind::InvalidData, "cannot read '{}': file is empty", name);
  ImageFormat format = sniff_image_format(data.data(), data.size());
  if (format == ImageFormat::Unknown)
    fail(ErrorKind::InvalidData, "cannot read '{}': not a supported image (PNG, JPEG, WebP, BMP or TIFF)", name);
  const char* fname = image_format_name(format);
  auto size = detail::probe_image_size(data, format);
  if (!size) fail(ErrorKind::InvalidData, "cannot read '{}': truncated or corrupt {} header", name, fname);
  if (size->width == 0 || size->height == 0)
    fail(ErrorKind::InvalidData, "cannot read '{}': {} header gives an empty image", name, fname);
  const double pixels = double(size->width) * double(size->height);
  if (pixels > double(max_pixels))
    fail(ErrorKind::InvalidData, "cannot read '{}': image is {}x{} ({:.0f} Mpx), above the limit of {} Mpx", name,
         size->width, size->height, pixels / 1e6, max_pixels / 1'000'000);
  if (format == ImageFormat::Jpeg)
    if (const std::size_t scans = detail::jpeg_scan_count(data.data(), data.size()); scans > kMaxJpegScans)
      fail(ErrorKind::InvalidData,
           "cannot read '{}': the JPEG has {} scans, more than the {} accepted (a progressive one has about "
           "10; decoding this one would take minutes)",
           name, scans, kMaxJpegScans);
  if (format == ImageFormat::Jpeg && !detail::jpeg_has_end_marker(data))
    fail(ErrorKind::InvalidData, "cannot read '{}': truncated or corrupt JPEG data", name);
  if (format == ImageFormat::Jpeg)
    if (const std::string why = detail::jpeg_incomplete_reason(data); !why.empty())
      fail(ErrorKind::InvalidData, "cannot read '{}': {}", name, why);

  if (format == ImageFormat::Png) data = png_without_ancillary_chunks(data);

  cv::Mat decoded;
  // A PNG's alpha, when asked for: UNCHANGED keeps it (PNG has no EXIF orientation to lose).
  const bool with_alpha = alpha && format == ImageFormat::Png;
  try {
    // ANYDEPTH keeps 16-bit samples for a proper rescale; COLOR expands grey and drops alpha; EXIF
    // orientation is applied (it would not be with IMREAD_UNCHANGED).
    decoded = cv::imdecode(cv::Mat(1, int(data.size()), CV_8U, data.data()),
                           with_alpha ? cv::IMREAD_UNCHANGED : cv::IMREAD_COLOR | cv::IMREAD_ANYDEPTH);
  } catch (const cv::Exception& e) {
    fail(ErrorKind::InvalidData, "cannot read '{}': corrupt {} data ({})", name, fname, e.err);
  }
  if (decoded.empty()) fail(ErrorKind::InvalidData, "cannot read '{}': truncated or corrupt {} data", name, fname);
  if (with_alpha && decoded.channels() == 4) {
    cv::Mat a;
    cv::extractChannel(decoded, a, 3);
    if (a.depth() == CV_16U) a.convertTo(a, CV_8U, 1.0 / 257.0);
    if (cv::countNonZero(a != 255) > 0) *alpha = a;  // an opaque alpha channel is no transparency
  }
  return to_bgr8(std::move(decoded));
}

void write_image(const cv::Mat& image, const fs::path& path, const ImageWriteOptions& options) {
  const std::string name = path.string();
  ImageFormat format = image_format_from_extension(path);
  if (format == ImageFormat::Unknown)
    fail(ErrorKind::Usage, "cannot write '{}': unknown image format '{}' (use .png, .jpg, .webp, .bmp or .tif)", name,
         path.extension().string());
  if (image.empty()) fail(ErrorKind::InvalidData, "cannot write '{}': the image is empty", name);
  if (image.depth() != CV_8U || (image.channels() != 1 && image.channels() != 3 && image.channels() != 4))
    fail(ErrorKind::InvalidData, "cannot write '{}': expected an 8-bit image with 1, 3 or 4 channels", name);

  std::vector<int> params;
  switch (format) {
    case ImageFormat::Png: params = {cv::IMWRITE_PNG_COMPRESSION, std::clamp(options.png_compression, 0, 9)}; break;
    case ImageFormat::Jpeg: params = {cv::IMWRITE_JPEG_QUALITY, std::clamp(options.jpeg_quality, 0, 100)}; break;
    case ImageFormat::WebP: params = {cv::IMWRITE_WEBP_QUALITY, std::clamp(options.webp_quality, 1, 101)}; break;
    default: break;
  }
  Bytes encoded;
  bool ok = false;
  try {
    ok = cv::imencode(extension_for(format), image, encoded, params);
  } catch (const cv::Exception& e) {
    fail(ErrorKind::InvalidData, "cannot write '{}': {} encoder failed ({})", name, image_format_name(format), e.err);
  }
  if (!ok || encoded.empty())
    fail(ErrorKind::InvalidData, "cannot write '{}': {} encoder failed", name, image_format_name(format));

  if (options.provenance && !detail::insert_provenance_label(encoded, format, options.provenance_label)) {
    if (format == ImageFormat::Bmp)
      log::warn("'{}': BMP has no metadata field; the provenance label is not written (use PNG to keep it)", name);
    else
      log::warn("'{}': could not add the provenance label to the {} data; written without it", name,
                image_format_name(format));
  }

  AtomicFile out(path);
  {
    std::ofstream f(out.temp_path(), std::ios::binary | std::ios::trunc);
    if (!f) fail(ErrorKind::Io, "cannot write '{}': {}", name, std::strerror(errno));
    f.write(reinterpret_cast<const char*>(encoded.data()), std::streamsize(encoded.size()));
    f.flush();
    if (!f) fail(ErrorKind::Io, "cannot write '{}': write error (disk full?)", name);
  }
  out.commit();
}

std::string read_provenance_label(const fs::path& path) {
  Bytes data = read_file_bytes(path);
  return detail::find_provenance_label(data, sniff_image_format(data.data(), data.size()));
}

void ensure_distinct(const fs::path& input, const fs::path& output) {
  std::error_code ec;
  if (fs::exists(output, ec) && fs::equivalent(input, output, ec))
    fail(ErrorKind::Usage, "output '{}' is the input file '{}'; refusing to overwrite the input", output.string(),
         input.string());
}

}  // namespace swapcam::media
