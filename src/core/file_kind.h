#pragma once
// What kind of file a path names, checked before an input is opened: opening a named pipe (FIFO)
// blocks until a writer appears, so an input that is not a regular file must be refused first, with
// a reason in the user's terms rather than "does not exist" or a hang.
#include <filesystem>
#include <string>
#include <string_view>

namespace swapcam {

enum class FileKind { Missing, Regular, Directory, Fifo, Device, Socket, Other };

// The kind after following symlinks (a dangling link is Missing).
FileKind file_kind(const std::filesystem::path& path);

// "no such file", "it is a directory", "it is a named pipe (FIFO), not a regular file", ...; "" for Regular.
std::string_view file_kind_problem(FileKind kind);

// Throws Error "cannot read <what >'<path>': <problem>" unless `path` is a regular file: NotFound when
// missing, Usage for a directory, InvalidData for a pipe, device or socket.
void require_regular_file(const std::filesystem::path& path, std::string_view what = {});

}  // namespace swapcam
