#include "core/file_kind.h"

#include "core/error.h"

namespace swapcam {

namespace fs = std::filesystem;

FileKind file_kind(const fs::path& path) {
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);  // stat(2): never opens the file
  switch (st.type()) {
    case fs::file_type::regular: return FileKind::Regular;
    case fs::file_type::directory: return FileKind::Directory;
    case fs::file_type::fifo: return FileKind::Fifo;
    case fs::file_type::character:
    case fs::file_type::block: return FileKind::Device;
    case fs::file_type::socket: return FileKind::Socket;
    case fs::file_type::not_found:
    case fs::file_type::none: return FileKind::Missing;
    default: return ec ? FileKind::Missing : FileKind::Other;
  }
}

std::string_view file_kind_problem(FileKind kind) {
  switch (kind) {
    case FileKind::Regular: return "";
    case FileKind::Missing: return "no such file";
    case FileKind::Directory: return "it is a directory";
    case FileKind::Fifo: return "it is a named pipe (FIFO), not a regular file (swapcam cannot wait on a pipe)";
    case FileKind::Device: return "it is a device, not a regular file";
    case FileKind::Socket: return "it is a socket, not a regular file";
    case FileKind::Other: return "it is not a regular file";
  }
  return "it is not a regular file";
}

void require_regular_file(const fs::path& path, std::string_view what) {
  const FileKind kind = file_kind(path);
  if (kind == FileKind::Regular) return;
  const ErrorKind error = kind == FileKind::Missing     ? ErrorKind::NotFound
                          : kind == FileKind::Directory ? ErrorKind::Usage
                                                        : ErrorKind::InvalidData;
  fail(error, "cannot read {}{}'{}': {}", what, what.empty() ? "" : " ", path.string(), file_kind_problem(kind));
}

}  // namespace swapcam
