#include "media/jpeg_check.h"

#include <csetjmp>
#include <cstdio>  // jpeglib.h needs FILE and size_t declared first

#include <jerror.h>
#include <jpeglib.h>

namespace swapcam::media::detail {

namespace {

// libjpeg reports through these callbacks; a fatal error jumps back out of the decode. Only plain C
// data lives between setjmp and longjmp (no destructor is skipped).
struct Handler {
  jpeg_error_mgr mgr;
  std::jmp_buf jump;
  bool data_ran_out = false;
  char message[JMSG_LENGTH_MAX];
};

[[noreturn]] void on_error(j_common_ptr c) {
  auto* h = reinterpret_cast<Handler*>(c->err);
  (*c->err->format_message)(c, h->message);
  std::longjmp(h->jump, 1);
}

void on_message(j_common_ptr c, int level) {
  if (level >= 0) return;  // trace messages
  auto* h = reinterpret_cast<Handler*>(c->err);
  // JWRN_HIT_MARKER: a marker (the appended EOI) where scan data should be; JWRN_JPEG_EOF: the data
  // ended. Either way libjpeg fills the remaining blocks with grey.
  if (c->err->msg_code == JWRN_HIT_MARKER || c->err->msg_code == JWRN_JPEG_EOF) h->data_ran_out = true;
  ++c->err->num_warnings;
}

// 0: complete, 1: ran out of data, 2: libjpeg error (message in h.message).
int decode_everything(const std::vector<std::uint8_t>& data, Handler& h) {
  jpeg_decompress_struct cinfo;
  cinfo.err = jpeg_std_error(&h.mgr);
  h.mgr.error_exit = on_error;
  h.mgr.emit_message = on_message;
  if (setjmp(h.jump)) {
    jpeg_destroy_decompress(&cinfo);
    return 2;
  }
  jpeg_create_decompress(&cinfo);
  jpeg_mem_src(&cinfo, data.data(), static_cast<unsigned long>(data.size()));
  jpeg_read_header(&cinfo, TRUE);
  cinfo.scale_num = 1;
  cinfo.scale_denom = 8;
  cinfo.dct_method = JDCT_IFAST;
  cinfo.do_fancy_upsampling = FALSE;
  jpeg_start_decompress(&cinfo);
  const JDIMENSION stride = cinfo.output_width * static_cast<JDIMENSION>(cinfo.output_components);
  JSAMPARRAY row = (*cinfo.mem->alloc_sarray)(reinterpret_cast<j_common_ptr>(&cinfo), JPOOL_IMAGE, stride, 1);
  while (cinfo.output_scanline < cinfo.output_height && !h.data_ran_out) jpeg_read_scanlines(&cinfo, row, 1);
  if (!h.data_ran_out) jpeg_finish_decompress(&cinfo);
  jpeg_destroy_decompress(&cinfo);
  return h.data_ran_out ? 1 : 0;
}

}  // namespace

std::string jpeg_incomplete_reason(const std::vector<std::uint8_t>& data) {
  Handler h{};
  switch (decode_everything(data, h)) {
    case 0: return {};
    case 1: return "the image data ends before the last row (truncated file)";
    default: return std::string("corrupt JPEG data (") + h.message + ")";
  }
}

}  // namespace swapcam::media::detail
