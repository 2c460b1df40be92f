#include "media/image_metadata.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace swapcam::media::detail {
namespace {

constexpr std::string_view kSoftware = "swapcam";
constexpr std::uint16_t kTagImageDescription = 270;
constexpr std::uint16_t kTagSoftware = 305;

std::uint32_t be32(const std::uint8_t* p) {
  return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
}
std::uint16_t be16(const std::uint8_t* p) { return std::uint16_t((p[0] << 8) | p[1]); }
std::uint32_t le32(const std::uint8_t* p) {
  return (std::uint32_t(p[3]) << 24) | (std::uint32_t(p[2]) << 16) | (std::uint32_t(p[1]) << 8) | p[0];
}
std::uint16_t le16(const std::uint8_t* p) { return std::uint16_t((p[1] << 8) | p[0]); }
std::uint32_t le24(const std::uint8_t* p) { return (std::uint32_t(p[2]) << 16) | (std::uint32_t(p[1]) << 8) | p[0]; }

void put_be32(Bytes& out, std::uint32_t v) {
  for (int s = 24; s >= 0; s -= 8) out.push_back(std::uint8_t(v >> s));
}
void put_le32(std::uint8_t* p, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) p[i] = std::uint8_t(v >> (8 * i));
}

// TIFF fields in either byte order.
struct TiffView {
  const Bytes& d;
  bool little;
  bool ok(std::size_t off, std::size_t n) const { return off <= d.size() && n <= d.size() - off; }
  std::uint16_t u16(std::size_t off) const { return little ? le16(&d[off]) : be16(&d[off]); }
  std::uint32_t u32(std::size_t off) const { return little ? le32(&d[off]) : be32(&d[off]); }
};

std::optional<TiffView> tiff_view(const Bytes& d) {
  if (d.size() < 8) return std::nullopt;
  if (d[0] == 'I' && d[1] == 'I' && le16(&d[2]) == 42) return TiffView{d, true};
  if (d[0] == 'M' && d[1] == 'M' && be16(&d[2]) == 42) return TiffView{d, false};
  return std::nullopt;
}

struct IfdEntry {
  std::uint16_t tag, type;
  std::uint32_t count;
  std::array<std::uint8_t, 4> value;  // raw, in the file's byte order
};

std::optional<std::vector<IfdEntry>> read_ifd0(const TiffView& t, std::uint32_t* next = nullptr) {
  std::uint32_t off = t.u32(4);
  if (!t.ok(off, 2)) return std::nullopt;
  std::uint16_t n = t.u16(off);
  if (!t.ok(off + 2, std::size_t(n) * 12 + 4)) return std::nullopt;
  std::vector<IfdEntry> entries;
  for (std::uint16_t i = 0; i < n; ++i) {
    std::size_t e = off + 2 + std::size_t(i) * 12;
    IfdEntry entry{t.u16(e), t.u16(e + 2), t.u32(e + 4), {}};
    std::memcpy(entry.value.data(), &t.d[e + 8], 4);
    entries.push_back(entry);
  }
  if (next) *next = t.u32(off + 2 + std::size_t(n) * 12);
  return entries;
}

std::uint32_t entry_scalar(const TiffView& t, const IfdEntry& e) {
  Bytes tmp(e.value.begin(), e.value.end());
  TiffView v{tmp, t.little};
  return e.type == 3 ? v.u16(0) : v.u32(0);  // SHORT or LONG
}

std::string tiff_ascii_tag(const Bytes& d, std::uint16_t tag) {
  auto t = tiff_view(d);
  if (!t) return {};
  auto entries = read_ifd0(*t);
  if (!entries) return {};
  for (const auto& e : *entries) {
    if (e.tag != tag || e.type != 2) continue;
    std::string s;
    if (e.count <= 4) {
      s.assign(reinterpret_cast<const char*>(e.value.data()), e.count);
    } else {
      Bytes tmp(e.value.begin(), e.value.end());
      std::uint32_t off = TiffView{tmp, t->little}.u32(0);
      if (!t->ok(off, e.count)) return {};
      s.assign(reinterpret_cast<const char*>(&d[off]), e.count);
    }
    while (!s.empty() && s.back() == '\0') s.pop_back();
    return s;
  }
  return {};
}

std::uint32_t crc32(const std::uint8_t* p, std::size_t n) {
  static const auto table = [] {
    std::array<std::uint32_t, 256> t{};
    for (std::uint32_t i = 0; i < 256; ++i) {
      std::uint32_t c = i;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[i] = c;
    }
    return t;
  }();
  std::uint32_t c = 0xFFFFFFFFu;
  for (std::size_t i = 0; i < n; ++i) c = table[(c ^ p[i]) & 0xFF] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

Bytes png_text_chunk(std::string_view keyword, std::string_view text) {
  Bytes body{'t', 'E', 'X', 't'};
  body.insert(body.end(), keyword.begin(), keyword.end());
  body.push_back(0);
  body.insert(body.end(), text.begin(), text.end());
  Bytes chunk;
  put_be32(chunk, std::uint32_t(body.size() - 4));
  chunk.insert(chunk.end(), body.begin(), body.end());
  put_be32(chunk, crc32(body.data(), body.size()));
  return chunk;
}

// Visits JPEG marker segments up to the start of scan; f(marker, payload offset, payload length)
// returns false to stop. Returns false when the structure is broken.
template <typename F>
bool walk_jpeg_segments(const Bytes& d, F&& f) {
  std::size_t i = 2;
  while (i + 4 <= d.size()) {
    if (d[i] != 0xFF) return false;
    std::uint8_t marker = d[i + 1];
    if (marker == 0xFF) {
      ++i;
      continue;
    }  // fill byte
    if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
      i += 2;
      continue;
    }
    std::size_t len = be16(&d[i + 2]);
    if (len < 2 || i + 2 + len > d.size()) return false;
    if (!f(marker, i + 4, len - 2)) return true;
    if (marker == 0xDA) return true;
    i += 2 + len;
  }
  return false;
}

bool png_has_signature(const Bytes& d) {
  static const std::uint8_t sig[8] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  return d.size() >= 8 && std::memcmp(d.data(), sig, 8) == 0;
}

}  // namespace

std::optional<ImageSize> probe_image_size(const Bytes& d, ImageFormat format) {
  switch (format) {
    case ImageFormat::Png:
      if (d.size() < 24 || !png_has_signature(d) || std::memcmp(&d[12], "IHDR", 4) != 0) return std::nullopt;
      return ImageSize{be32(&d[16]), be32(&d[20])};
    case ImageFormat::Jpeg: {
      std::optional<ImageSize> size;
      walk_jpeg_segments(d, [&](std::uint8_t m, std::size_t off, std::size_t len) {
        bool sof = m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
        if (sof && len >= 5) {
          size = ImageSize{be16(&d[off + 3]), be16(&d[off + 1])};
          return false;
        }
        return true;
      });
      return size;
    }
    case ImageFormat::WebP: {
      if (d.size() < 30) return std::nullopt;
      const std::uint8_t* c = &d[12];
      if (std::memcmp(c, "VP8X", 4) == 0) return ImageSize{le24(&d[24]) + 1, le24(&d[27]) + 1};
      if (std::memcmp(c, "VP8L", 4) == 0) {
        if (d[20] != 0x2F) return std::nullopt;
        std::uint32_t bits = le32(&d[21]);
        return ImageSize{(bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1};
      }
      if (std::memcmp(c, "VP8 ", 4) == 0) {
        if (d[23] != 0x9D || d[24] != 0x01 || d[25] != 0x2A) return std::nullopt;
        return ImageSize{std::uint32_t(le16(&d[26]) & 0x3FFF), std::uint32_t(le16(&d[28]) & 0x3FFF)};
      }
      return std::nullopt;
    }
    case ImageFormat::Bmp: {
      if (d.size() < 26) return std::nullopt;
      std::uint32_t header = le32(&d[14]);
      if (header == 12) return ImageSize{le16(&d[18]), le16(&d[20])};
      auto w = std::int32_t(le32(&d[18])), h = std::int32_t(le32(&d[22]));
      if (w <= 0 || h == 0 || h == INT32_MIN) return std::nullopt;
      return ImageSize{std::uint32_t(w), std::uint32_t(h < 0 ? -h : h)};
    }
    case ImageFormat::Tiff: {
      auto t = tiff_view(d);
      if (!t) return std::nullopt;
      auto entries = read_ifd0(*t);
      if (!entries) return std::nullopt;
      ImageSize s;
      for (const auto& e : *entries) {
        if (e.tag == 256) s.width = entry_scalar(*t, e);
        if (e.tag == 257) s.height = entry_scalar(*t, e);
      }
      if (s.width == 0 || s.height == 0) return std::nullopt;
      return s;
    }
    case ImageFormat::Unknown: break;
  }
  return std::nullopt;
}

bool jpeg_has_end_marker(const Bytes& d) {
  // Find the first start-of-scan, then an EOI after it: entropy-coded data never contains FF D9
  // (FF bytes are stuffed as FF 00), so its presence means the scan data was not cut off.
  std::size_t scan = 0;
  if (!walk_jpeg_segments(d,
                          [&](std::uint8_t m, std::size_t off, std::size_t len) {
                            if (m == 0xDA) scan = off + len;
                            return m != 0xDA;
                          }) ||
      scan == 0)
    return false;
  for (std::size_t i = d.size() - 1; i > scan; --i)
    if (d[i] == 0xD9 && d[i - 1] == 0xFF) return true;
  return false;
}

std::size_t jpeg_scan_count(const std::uint8_t* d, std::size_t size) {
  std::size_t scans = 0, i = 2;
  while (i + 1 < size) {
    if (d[i] != 0xFF) {  // entropy-coded data
      ++i;
      continue;
    }
    const std::uint8_t m = d[i + 1];
    if (m == 0xFF) {  // fill byte
      ++i;
      continue;
    }
    // A stuffed FF, a restart marker, SOI or TEM: no length follows.
    if (m == 0x00 || m == 0x01 || m == 0xD8 || (m >= 0xD0 && m <= 0xD7)) {
      i += 2;
      continue;
    }
    if (m == 0xD9 || i + 4 > size) break;
    const std::size_t len = be16(&d[i + 2]);
    if (len < 2) break;
    if (m == 0xDA) ++scans;
    i += 2 + len;
  }
  return scans;
}

Bytes make_exif_block(std::string_view description, std::string_view software) {
  const std::string_view values[2] = {description, software};
  const std::uint16_t tags[2] = {kTagImageDescription, kTagSoftware};
  Bytes b{'I', 'I', 42, 0, 8, 0, 0, 0};
  const std::size_t ifd_size = 2 + 2 * 12 + 4;
  std::size_t data_off = 8 + ifd_size;
  b.resize(data_off);
  b[8] = 2;
  b[9] = 0;
  Bytes strings;
  for (int i = 0; i < 2; ++i) {
    std::uint8_t* e = &b[10 + i * 12];
    std::uint32_t count = std::uint32_t(values[i].size() + 1);
    e[0] = std::uint8_t(tags[i]);
    e[1] = std::uint8_t(tags[i] >> 8);
    e[2] = 2;  // ASCII
    e[3] = 0;
    put_le32(e + 4, count);
    if (count <= 4) {
      std::memset(e + 8, 0, 4);
      std::memcpy(e + 8, values[i].data(), values[i].size());
    } else {
      put_le32(e + 8, std::uint32_t(data_off + strings.size()));
      strings.insert(strings.end(), values[i].begin(), values[i].end());
      strings.push_back(0);
      if (strings.size() % 2) strings.push_back(0);  // keep offsets word-aligned
    }
  }
  put_le32(&b[10 + 2 * 12], 0);  // no next IFD
  b.insert(b.end(), strings.begin(), strings.end());
  return b;
}

namespace {

bool insert_png(Bytes& d, std::string_view label) {
  constexpr std::size_t after_ihdr = 8 + 4 + 4 + 13 + 4;
  if (d.size() < after_ihdr || !png_has_signature(d) || std::memcmp(&d[12], "IHDR", 4) != 0) return false;
  Bytes chunks = png_text_chunk("Software", kSoftware);
  Bytes comment = png_text_chunk("Comment", label);
  chunks.insert(chunks.end(), comment.begin(), comment.end());
  d.insert(d.begin() + after_ihdr, chunks.begin(), chunks.end());
  return true;
}

bool insert_jpeg(Bytes& d, std::string_view label) {
  if (d.size() < 4 || d[0] != 0xFF || d[1] != 0xD8) return false;
  std::size_t pos = 2;
  // JFIF requires its APP0 right after SOI, so the new segments go after it.
  if (d.size() > 6 && d[2] == 0xFF && d[3] == 0xE0) pos = 4 + be16(&d[4]);
  if (pos > d.size()) return false;
  Bytes exif = make_exif_block(label, kSoftware);
  Bytes seg{0xFF, 0xE1, 0, 0, 'E', 'x', 'i', 'f', 0, 0};
  seg.insert(seg.end(), exif.begin(), exif.end());
  std::size_t label_len = std::min<std::size_t>(label.size(), 60000);
  if (seg.size() - 2 > 0xFFFF) return false;
  seg[2] = std::uint8_t((seg.size() - 2) >> 8);
  seg[3] = std::uint8_t(seg.size() - 2);
  Bytes com{0xFF, 0xFE, std::uint8_t((label_len + 2) >> 8), std::uint8_t(label_len + 2)};
  com.insert(com.end(), label.begin(), label.begin() + std::ptrdiff_t(label_len));
  seg.insert(seg.end(), com.begin(), com.end());
  d.insert(d.begin() + std::ptrdiff_t(pos), seg.begin(), seg.end());
  return true;
}

bool insert_webp(Bytes& d, std::string_view label) {
  auto size = probe_image_size(d, ImageFormat::WebP);
  if (!size || std::memcmp(&d[0], "RIFF", 4) != 0) return false;
  if (std::memcmp(&d[12], "VP8X", 4) == 0) {
    d[20] |= 0x08;  // EXIF present
  } else {
    // Simple layout (one VP8/VP8L chunk): metadata needs the extended layout's VP8X header first.
    std::uint8_t flags = 0x08;
    if (std::memcmp(&d[12], "VP8L", 4) == 0 && (le32(&d[21]) >> 28) & 1) flags |= 0x10;  // alpha used
    Bytes vp8x{'V', 'P', '8', 'X', 10, 0, 0, 0, flags, 0, 0, 0};
    std::uint32_t w = size->width - 1, h = size->height - 1;
    for (int i = 0; i < 3; ++i) vp8x.push_back(std::uint8_t(w >> (8 * i)));
    for (int i = 0; i < 3; ++i) vp8x.push_back(std::uint8_t(h >> (8 * i)));
    d.insert(d.begin() + 12, vp8x.begin(), vp8x.end());
  }
  Bytes exif = make_exif_block(label, kSoftware);
  Bytes chunk{'E', 'X', 'I', 'F', 0, 0, 0, 0};
  put_le32(&chunk[4], std::uint32_t(exif.size()));
  chunk.insert(chunk.end(), exif.begin(), exif.end());
  if (chunk.size() % 2) chunk.push_back(0);
  d.insert(d.end(), chunk.begin(), chunk.end());
  put_le32(&d[4], std::uint32_t(d.size() - 8));
  return true;
}

bool insert_tiff(Bytes& d, std::string_view label) {
  auto t = tiff_view(d);
  if (!t) return false;
  std::uint32_t next = 0;
  auto entries = read_ifd0(*t, &next);
  if (!entries) return false;
  auto put16 = [&](Bytes& out, std::uint16_t v) {
    if (t->little) {
      out.push_back(std::uint8_t(v));
      out.push_back(std::uint8_t(v >> 8));
    } else {
      out.push_back(std::uint8_t(v >> 8));
      out.push_back(std::uint8_t(v));
    }
  };
  auto put32 = [&](Bytes& out, std::uint32_t v) {
    if (t->little)
      for (int i = 0; i < 4; ++i) out.push_back(std::uint8_t(v >> (8 * i)));
    else
      for (int i = 3; i >= 0; --i) out.push_back(std::uint8_t(v >> (8 * i)));
  };
  // Append the string and a rewritten IFD0 (old entries + ImageDescription, sorted by tag as TIFF
  // requires) at the end, then point the header at it. Existing data offsets stay valid.
  Bytes text(label.begin(), label.end());
  text.push_back(0);
  if (d.size() % 2) d.push_back(0);
  std::uint32_t text_off = std::uint32_t(d.size());
  d.insert(d.end(), text.begin(), text.end());
  if (d.size() % 2) d.push_back(0);
  std::erase_if(*entries, [](const IfdEntry& e) { return e.tag == kTagImageDescription; });
  IfdEntry desc{kTagImageDescription, 2, std::uint32_t(text.size()), {}};
  Bytes off_bytes;
  put32(off_bytes, text_off);
  std::copy(off_bytes.begin(), off_bytes.end(), desc.value.begin());
  if (text.size() <= 4) {  // short values live inside the entry
    desc.value = {};
    std::copy(text.begin(), text.end(), desc.value.begin());
  }
  entries->push_back(desc);
  std::sort(entries->begin(), entries->end(), [](const IfdEntry& a, const IfdEntry& b) { return a.tag < b.tag; });
  Bytes ifd;
  put16(ifd, std::uint16_t(entries->size()));
  for (const auto& e : *entries) {
    put16(ifd, e.tag);
    put16(ifd, e.type);
    put32(ifd, e.count);
    ifd.insert(ifd.end(), e.value.begin(), e.value.end());
  }
  put32(ifd, next);
  std::uint32_t ifd_off = std::uint32_t(d.size());
  d.insert(d.end(), ifd.begin(), ifd.end());
  Bytes hdr;
  put32(hdr, ifd_off);
  std::copy(hdr.begin(), hdr.end(), d.begin() + 4);
  return true;
}

}  // namespace

bool insert_provenance_label(Bytes& data, ImageFormat format, std::string_view label) {
  switch (format) {
    case ImageFormat::Png: return insert_png(data, label);
    case ImageFormat::Jpeg: return insert_jpeg(data, label);
    case ImageFormat::WebP: return insert_webp(data, label);
    case ImageFormat::Tiff: return insert_tiff(data, label);
    default: return false;
  }
}

std::string find_provenance_label(const Bytes& d, ImageFormat format) {
  switch (format) {
    case ImageFormat::Png: {
      if (!png_has_signature(d)) return {};
      std::size_t i = 8;
      while (i + 12 <= d.size()) {
        std::uint32_t len = be32(&d[i]);
        if (len > d.size() - i - 12) return {};
        const std::uint8_t* type = &d[i + 4];
        if (std::memcmp(type, "tEXt", 4) == 0) {
          std::string body(reinterpret_cast<const char*>(&d[i + 8]), len);
          auto nul = body.find('\0');
          if (nul != std::string::npos && body.substr(0, nul) == "Comment") return body.substr(nul + 1);
        }
        if (std::memcmp(type, "IDAT", 4) == 0 || std::memcmp(type, "IEND", 4) == 0) return {};
        i += 12 + len;
      }
      return {};
    }
    case ImageFormat::Jpeg: {
      std::string exif_label, comment;
      walk_jpeg_segments(d, [&](std::uint8_t m, std::size_t off, std::size_t len) {
        if (m == 0xE1 && len > 6 && std::memcmp(&d[off], "Exif\0\0", 6) == 0 && exif_label.empty())
          exif_label = tiff_ascii_tag(Bytes(d.begin() + std::ptrdiff_t(off + 6), d.begin() + std::ptrdiff_t(off + len)),
                                      kTagImageDescription);
        if (m == 0xFE && comment.empty()) comment.assign(reinterpret_cast<const char*>(&d[off]), len);
        return true;
      });
      return exif_label.empty() ? comment : exif_label;
    }
    case ImageFormat::WebP: {
      std::size_t i = 12;
      while (i + 8 <= d.size()) {
        std::uint32_t len = le32(&d[i + 4]);
        if (len > d.size() - i - 8) return {};
        if (std::memcmp(&d[i], "EXIF", 4) == 0) {
          std::size_t start = i + 8;
          if (len > 6 && std::memcmp(&d[start], "Exif\0\0", 6) == 0) start += 6;  // some writers prefix it
          return tiff_ascii_tag(Bytes(d.begin() + std::ptrdiff_t(start), d.begin() + std::ptrdiff_t(i + 8 + len)),
                                kTagImageDescription);
        }
        i += 8 + len + (len % 2);
      }
      return {};
    }
    case ImageFormat::Tiff: return tiff_ascii_tag(d, kTagImageDescription);
    default: return {};
  }
}

}  // namespace swapcam::media::detail
