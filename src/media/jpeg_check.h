#pragma once
// Whether a JPEG's entropy-coded data covers the whole image. Half a JPEG with an end-of-image marker
// appended passes the marker check (image_metadata.h) and OpenCV decodes it "successfully", grey below
// the cut: libjpeg only warns ("premature end of data segment"), and OpenCV prints that to stderr.
// Here libjpeg itself runs over the data (at 1/8 scale, which skips most of the inverse DCT; the
// Huffman decoding that finds the cut still covers everything) and its warnings are caught.
#include <cstdint>
#include <string>
#include <vector>

namespace swapcam::media::detail {

// Empty when libjpeg decodes every row without running out of data; otherwise the reason in user
// terms ("the image data ends before the last row" or libjpeg's own message).
std::string jpeg_incomplete_reason(const std::vector<std::uint8_t>& data);

}  // namespace swapcam::media::detail
