#pragma once
// Still-image input/output: OpenCV codecs over bytes we read and write ourselves, so paths may be
// Unicode, sizes are checked before anything is decoded, and outputs are written atomically and
// carry a provenance label in their metadata.
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include <opencv2/core.hpp>

namespace swapcam::media {

enum class ImageFormat { Unknown, Png, Jpeg, WebP, Bmp, Tiff };

// The label written into every output by default (product.md, "Responsible use").
inline constexpr std::string_view kProvenanceLabel = "swapcam: AI face swap (synthetic media)";

// Images larger than this are refused before decoding (a forged header must not allocate gigabytes).
inline constexpr std::size_t kMaxImagePixels = 100'000'000;
// The most scans a JPEG may have (TurboJPEG 2.1's TJFLAG_LIMITSCANS stops at 500 too): a
// progressive file has about 10, and each scan is another pass over the whole image, so thousands
// of them within the pixel limit decode for minutes.
inline constexpr std::size_t kMaxJpegScans = 500;

// Reads PNG, JPEG, WebP, BMP or TIFF into an 8-bit, 3-channel BGR image: grey is expanded, alpha is
// dropped, 16-bit and float samples are scaled to 8 bits, the EXIF orientation of JPEGs is applied.
// With `alpha`, a PNG's transparency is returned there (8-bit, one channel; left empty when the
// image has none or is fully opaque). Throws Error: NotFound (missing), Io (unreadable),
// InvalidData (empty, truncated, corrupt, unsupported, or above `max_pixels`).
cv::Mat read_image(const std::filesystem::path& path, std::size_t max_pixels = kMaxImagePixels,
                   cv::Mat* alpha = nullptr);

struct ImageWriteOptions {
  int jpeg_quality = 95;    // 0..100
  int webp_quality = 95;    // 1..100; above 100 is lossless
  int png_compression = 3;  // 0..9 (zlib level: speed versus size, always lossless)
  bool provenance = true;   // write `provenance_label` into the file's metadata
  std::string provenance_label{kProvenanceLabel};
};

// Writes an 8-bit image with 1, 3 (BGR) or 4 (BGRA) channels; the format comes from the extension
// (png, jpg/jpeg, webp, bmp, tif/tiff; anything else is Error(Usage)). The file is written beside
// the target under a temporary name and renamed when complete, so a failure never leaves a partial
// output. Where the label goes: PNG tEXt chunks "Software"=swapcam and "Comment"=label; JPEG an
// EXIF APP1 (ImageDescription=label, Software=swapcam) plus a COM segment; WebP an EXIF chunk in
// the extended (VP8X) layout; TIFF an ImageDescription tag; BMP has no metadata field, so a
// warning says the label was not written.
void write_image(const cv::Mat& image, const std::filesystem::path& path, const ImageWriteOptions& options = {});

// The provenance label stored in an image file, as written by write_image (empty when none).
std::string read_provenance_label(const std::filesystem::path& path);

// Format from the file name's extension (case-insensitive); Unknown when not an image extension.
ImageFormat image_format_from_extension(const std::filesystem::path& path);
// Format from the first bytes of the data (magic numbers); Unknown when not recognised.
ImageFormat sniff_image_format(const unsigned char* data, std::size_t size);
const char* image_format_name(ImageFormat format);

// Throws Error(Usage) when `output` names the same file as `input` (hard links and symlinks
// included), so an input is never overwritten.
void ensure_distinct(const std::filesystem::path& input, const std::filesystem::path& output);

}  // namespace swapcam::media
