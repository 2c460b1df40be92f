#pragma once
// Byte-level work on encoded image files, below the codecs: image sizes read from headers (so a
// size can be checked before decoding) and the provenance label inserted into / found in metadata.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "media/image_io.h"

namespace swapcam::media::detail {

using Bytes = std::vector<std::uint8_t>;

struct ImageSize {
  std::uint32_t width = 0;
  std::uint32_t height = 0;
};

// Width and height from the header of a PNG, JPEG, WebP, BMP or TIFF file; nullopt when the header
// is truncated or malformed.
std::optional<ImageSize> probe_image_size(const Bytes& data, ImageFormat format);

// True when the JPEG's entropy-coded data is followed by an end-of-image marker. libjpeg decodes a
// truncated file "successfully" with grey fill, so truncation has to be detected here.
bool jpeg_has_end_marker(const Bytes& data);

// How many scans (start-of-scan markers) a JPEG holds: its marker segments and the entropy-coded data
// between them walked once, in linear time. A baseline file has 1, a progressive one about 10; each
// scan makes the decoder pass over every coefficient of the image again.
std::size_t jpeg_scan_count(const std::uint8_t* data, std::size_t size);

// Inserts `label` into encoded data of the given format; returns false when the format has no
// place for it (BMP) or the data is not what the encoder should have produced.
bool insert_provenance_label(Bytes& data, ImageFormat format, std::string_view label);

// The label as inserted above (also EXIF ImageDescription / PNG "Comment" written by other tools).
std::string find_provenance_label(const Bytes& data, ImageFormat format);

// A little-endian TIFF structure with IFD0 = {ImageDescription, Software}: the EXIF payload.
Bytes make_exif_block(std::string_view description, std::string_view software);

}  // namespace swapcam::media::detail
