// Arbitrary bytes through swapcam's own byte-level image parsers (no codec involved): header size
// probing, the JPEG end-marker scan and scan count, finding and inserting the provenance label, for every format.
// In memory, so it runs far faster than fuzz_image_decode and reaches deeper into these parsers.
#include <cstdint>

#include "core/error.h"
#include "media/image_metadata.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace swapcam::media;
  const detail::Bytes bytes(data, data + size);
  const ImageFormat sniffed = sniff_image_format(data, size);
  for (ImageFormat f : {ImageFormat::Png, ImageFormat::Jpeg, ImageFormat::WebP, ImageFormat::Bmp, ImageFormat::Tiff}) {
    try {
      (void)detail::probe_image_size(bytes, f);
      (void)detail::find_provenance_label(bytes, f);
      if (f == ImageFormat::Jpeg) (void)detail::jpeg_has_end_marker(bytes);
      if (f == ImageFormat::Jpeg) (void)detail::jpeg_scan_count(bytes.data(), bytes.size());
      // Insertion is only ever applied to our encoders' output, but must not corrupt memory on
      // anything else either; only the sniffed format is tried (the others would be refused).
      if (f == sniffed) {
        detail::Bytes copy = bytes;
        if (detail::insert_provenance_label(copy, f, "swapcam fuzz label"))
          (void)detail::find_provenance_label(copy, f);
      }
    } catch (const swapcam::Error&) {}
  }
  return 0;
}
