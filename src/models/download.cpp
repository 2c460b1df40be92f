#include "models/download.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>

#include <curl/curl.h>
#include <unzip.h>

#include "core/error.h"
#include "core/log.h"
#include "models/status.h"

namespace swapcam::models {

namespace fs = std::filesystem;

namespace {

void ensure_curl_initialised() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct CurlDeleter {
  void operator()(CURL* c) const { curl_easy_cleanup(c); }
};

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

// State of one HTTP request, shared with the libcurl callbacks.
struct Transfer {
  const fs::path* part = nullptr;
  std::uint64_t offset = 0;  // bytes already on disk when the request was made
  long status = 0;           // status of the last response (redirects reset it)
  bool truncate = false;     // the server ignored Range: restart the file from zero
  std::unique_ptr<std::FILE, FileCloser> out;
  bool write_failed = false;
  DownloadProgress progress;
  const FetchOptions* options = nullptr;
  std::uint64_t limit = 0;         // the most the file may hold
  bool too_large = false;          // stopped: the file would pass `limit`
  bool no_space = false;           // stopped: the disk would fill up
  std::uint64_t room = 0;          // free bytes (less the reserve) at the last check
  std::uint64_t since_check = 0;   // bytes written since then
  bool announced_checked = false;  // the announced size was checked against the free space
};

constexpr std::uint64_t kRecheckEvery = std::uint64_t{64} << 20;  // free space re-read this often

// Reads the free space of the disk of `part` (less options.keep_free) into t.room; false when unknown.
bool query_room(Transfer& t) {
  std::error_code ec;
  const fs::path dir = t.part->parent_path().empty() ? fs::path(".") : t.part->parent_path();
  const auto sp = fs::space(dir, ec);
  if (ec) return false;
  const std::uint64_t keep = t.options->keep_free;
  t.room = sp.available > keep ? sp.available - keep : 0;
  t.since_check = 0;
  return true;
}

// Whether n more bytes fit on the disk of `part` (keeping options.keep_free free); unknown space: yes.
bool fits_on_disk(Transfer& t, std::uint64_t n) {
  if (t.since_check + n > t.room || t.since_check >= kRecheckEvery) {
    if (!query_room(t)) return true;  // the write itself fails if it must
  }
  if (n > t.room - t.since_check) return false;
  t.since_check += n;
  return true;
}

size_t on_header(char* data, size_t size, size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  std::string_view line(data, size * count);
  if (line.rfind("HTTP/", 0) == 0) {
    auto sp = line.find(' ');
    if (sp != std::string_view::npos) t->status = std::strtol(std::string(line.substr(sp + 1, 3)).c_str(), nullptr, 10);
  }
  return size * count;
}

size_t on_body(char* data, size_t size, size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const size_t n = size * count;
  if (t->status != 200 && t->status != 206) return n;  // error page: not part of the file
  if (!t->out) {
    const bool restart = t->status == 200;  // a full body even though a range was asked for
    if (restart && t->offset > 0) t->truncate = true;
    t->out.reset(std::fopen(t->part->string().c_str(), restart ? "wb" : "ab"));
    if (!t->out) {
      t->write_failed = true;
      return 0;
    }
    if (restart) t->progress.done = 0, t->progress.resumed_from = 0;
  }
  if (t->progress.done + n > t->limit) {
    t->too_large = true;
    return 0;  // libcurl stops the transfer
  }
  if (!fits_on_disk(*t, n)) {
    t->no_space = true;
    return 0;
  }
  if (std::fwrite(data, 1, n, t->out.get()) != n) {
    t->write_failed = true;
    return 0;
  }
  t->progress.done += n;
  return n;
}

int on_xfer(void* user, curl_off_t dltotal, curl_off_t, curl_off_t, curl_off_t) {
  auto* t = static_cast<Transfer*>(user);
  if (dltotal > 0 && (t->status == 200 || t->status == 206)) {
    t->progress.total = (t->status == 206 ? t->offset : 0) + std::uint64_t(dltotal);
    // The announced size: stop before the first byte rather than at the bound.
    if (t->progress.total > t->limit) {
      t->too_large = true;
      return 1;
    }
    if (!t->announced_checked) {
      t->announced_checked = true;
      const std::uint64_t rest = t->progress.total > t->progress.done ? t->progress.total - t->progress.done : 0;
      if (rest > 0 && query_room(*t) && rest > t->room) {
        t->no_space = true;
        return 1;
      }
    }
  }
  if (t->options->on_progress && (t->status == 200 || t->status == 206)) t->options->on_progress(t->progress);
  return 0;
}

std::string host_of(const std::string& url) {
  auto start = url.find("://");
  start = start == std::string::npos ? 0 : start + 3;
  auto end = url.find('/', start);
  return url.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// One line: libcurl's error buffer may end with a newline.
std::string one_line(std::string s) {
  for (char& c : s)
    if (c == '\n' || c == '\r') c = ' ';
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

bool is_broken_transfer(CURLcode rc) {
  return rc == CURLE_PARTIAL_FILE || rc == CURLE_RECV_ERROR || rc == CURLE_SEND_ERROR || rc == CURLE_GOT_NOTHING ||
         rc == CURLE_OPERATION_TIMEDOUT;
}

std::uint64_t size_or_zero(const fs::path& p) {
  std::error_code ec;
  auto s = fs::file_size(p, ec);
  return ec ? 0 : s;
}

std::string base_name_of_url(const std::string& url) {
  auto q = url.find_first_of("?#");
  std::string path = url.substr(0, q);
  auto slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

void note(const FetchOptions& o, const std::string& msg) {
  if (o.on_message) o.on_message(msg);
  else log::debug("{}", msg);
}

}  // namespace

void download_to_part(const std::string& url, const fs::path& part, const std::string& label,
                      const FetchOptions& options, std::uint64_t max_bytes) {
  const bool size_known = max_bytes > 0;
  if (!size_known) max_bytes = options.max_unknown_size;
  ensure_curl_initialised();
  std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
  if (!curl) fail(ErrorKind::Runtime, "cannot download '{}': libcurl failed to initialise", url);

  int resumes = 0;
  for (;;) {
    Transfer t;
    t.part = &part;
    t.offset = size_or_zero(part);
    t.options = &options;
    t.progress = {label, url, t.offset, 0, t.offset, false};
    t.limit = max_bytes;

    char errbuf[CURL_ERROR_SIZE] = {0};
    std::string range;
    CURL* c = curl.get();
    curl_easy_reset(c);
    curl_easy_setopt(c, CURLOPT_URL, url.c_str());
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(c, CURLOPT_MAXREDIRS, 10L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_USERAGENT, "swapcam/0.1");
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, options.connect_timeout_s);
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1024L);
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, options.stall_timeout_s);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &t);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, on_xfer);
    curl_easy_setopt(c, CURLOPT_XFERINFODATA, &t);
    if (t.offset > 0) {
      // A plain Range header rather than CURLOPT_RESUME_FROM: libcurl fails the latter when a server
      // answers 200 with the whole file, which on_body handles by starting over.
      range = std::to_string(t.offset) + "-";
      curl_easy_setopt(c, CURLOPT_RANGE, range.c_str());
      note(options, fmt::format("resuming {} at {} ({})", label, t.offset, human_size(t.offset)));
    }

    const CURLcode rc = curl_easy_perform(c);
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    if (t.out) {
      if (std::fflush(t.out.get()) != 0) t.write_failed = true;
      t.out.reset();
    }
    if (t.too_large || t.no_space) {
      std::error_code ec;
      fs::remove(part, ec);
      if (t.too_large)
        fail(ErrorKind::InvalidData, "{}: the download is larger than {}; stopped and the partial file removed", url,
             size_known ? fmt::format("the {} bytes {} has", max_bytes, label)
                        : fmt::format("{} ({} bytes), the bound for a download of unknown size", human_size(max_bytes),
                                      max_bytes));
      fail(ErrorKind::Io, "{}: not enough free space for {} in '{}' ({} left); stopped and the partial file removed",
           url, label, part.parent_path().string(), human_size(t.room));
    }
    if (t.write_failed) fail(ErrorKind::Io, "cannot write '{}' while downloading {}", part.string(), url);

    if (rc == CURLE_OK) {
      if (status == 200 || status == 206) {
        t.progress.finished = true;
        if (t.progress.total == 0) t.progress.total = t.progress.done;
        if (options.on_progress) options.on_progress(t.progress);
        // An empty 200 body never opened the file: make sure it exists so it can be checked.
        if (!fs::exists(part)) std::ofstream(part, std::ios::binary).flush();
        return;
      }
      // 416: the range starts at or past the end, i.e. `part` already holds the whole file (or more);
      // the checksum decides.
      if (status == 416 && t.offset > 0) return;
      if (status == 404) fail(ErrorKind::NotFound, "{}: HTTP 404 Not Found", url);
      fail(ErrorKind::Io, "{}: HTTP {}", url, status);
    }
    if (rc == CURLE_COULDNT_RESOLVE_HOST) fail(ErrorKind::Io, "{}: cannot resolve host '{}'", url, host_of(url));
    if (rc == CURLE_COULDNT_CONNECT)
      fail(ErrorKind::Io, "{}: cannot connect to '{}' ({})", url, host_of(url), one_line(errbuf));
    if (is_broken_transfer(rc) && resumes < options.max_resumes) {
      ++resumes;
      note(options, fmt::format("connection to {} lost after {} of {} ({}); resuming ({}/{})", host_of(url),
                                human_size(size_or_zero(part)), label, one_line(errbuf), resumes, options.max_resumes));
      continue;
    }
    fail(ErrorKind::Io, "{}: {} (partial download kept as '{}', run the command again to resume)", url,
         one_line(*errbuf ? errbuf : curl_easy_strerror(rc)), part.string());
  }
}

void extract_zip_member(const fs::path& zip, const std::string& member, const fs::path& out) {
  unzFile z = unzOpen64(zip.string().c_str());
  if (!z) fail(ErrorKind::InvalidData, "'{}' is not a readable zip archive", zip.string());
  struct Closer {
    unzFile z;
    ~Closer() { unzClose(z); }
  } closer{z};

  bool found = false;
  for (int r = unzGoToFirstFile(z); r == UNZ_OK; r = unzGoToNextFile(z)) {
    unz_file_info64 info{};
    char name[1024] = {0};
    if (unzGetCurrentFileInfo64(z, &info, name, sizeof name - 1, nullptr, 0, nullptr, 0) != UNZ_OK) break;
    std::string_view n(name);
    auto slash = n.find_last_of("/\\");
    if ((slash == std::string_view::npos ? n : n.substr(slash + 1)) == member) {
      found = true;
      break;
    }
  }
  if (!found) fail(ErrorKind::InvalidData, "'{}' does not contain '{}'", zip.string(), member);
  if (unzOpenCurrentFile(z) != UNZ_OK)
    fail(ErrorKind::InvalidData, "cannot open '{}' inside '{}'", member, zip.string());

  std::unique_ptr<std::FILE, FileCloser> f(std::fopen(out.string().c_str(), "wb"));
  if (!f) {
    unzCloseCurrentFile(z);
    fail(ErrorKind::Io, "cannot write '{}'", out.string());
  }
  std::vector<char> buf(1 << 20);
  for (;;) {
    int n = unzReadCurrentFile(z, buf.data(), unsigned(buf.size()));
    if (n < 0) {
      unzCloseCurrentFile(z);
      fail(ErrorKind::InvalidData, "'{}' inside '{}' is corrupt (unzip error {})", member, zip.string(), n);
    }
    if (n == 0) break;
    if (std::fwrite(buf.data(), 1, size_t(n), f.get()) != size_t(n)) {
      unzCloseCurrentFile(z);
      fail(ErrorKind::Io, "cannot write '{}'", out.string());
    }
  }
  if (std::fflush(f.get()) != 0) fail(ErrorKind::Io, "cannot write '{}'", out.string());
  if (unzCloseCurrentFile(z) == UNZ_CRCERROR)
    fail(ErrorKind::InvalidData, "'{}' inside '{}' fails its CRC check", member, zip.string());
}

namespace {

// Why a downloaded file was rejected, for the one-line error.
std::string mismatch_reason(const ModelEntry& e, const ModelStatus& st) {
  std::string expected;
  for (const auto& k : e.known) {
    if (!expected.empty()) expected += " or ";
    expected +=
        k.sha256 && st.state == FileState::HashMismatch ? "sha256 " + *k.sha256 : fmt::format("{} bytes", k.size);
  }
  if (st.state == FileState::HashMismatch)
    return fmt::format("checksum mismatch: got sha256 {}, expected {}", st.sha256, expected);
  return fmt::format("size mismatch: got {} bytes, expected {}", st.size, expected);
}

// Verifies `part` and renames it to `final_path`; false (part deleted) when it does not match.
bool verify_and_install(const ModelEntry& e, const fs::path& part, const fs::path& final_path, std::string& reason) {
  ModelStatus st;
  if (check_file(e, part, /*hash=*/true, &st) != FileState::Present) {
    reason = mismatch_reason(e, st);
    std::error_code ec;
    fs::remove(part, ec);
    return false;
  }
  std::error_code ec;
  fs::rename(part, final_path, ec);
  if (ec) fail(ErrorKind::Io, "cannot move '{}' to '{}': {}", part.string(), final_path.string(), ec.message());
  return true;
}

// The bound of a direct download: the largest size the manifest knows for it (0: none known).
std::uint64_t largest_known_size(const ModelEntry& e) {
  std::uint64_t n = 0;
  for (const auto& k : e.known) n = std::max(n, k.size);
  return n;
}

struct Candidate {
  std::string url;
  std::string member;  // non-empty: zip archive
};

std::vector<Candidate> candidates_for(const ModelEntry& e, const FetchOptions& o) {
  std::vector<Candidate> out;
  for (auto base : o.mirrors) {
    while (!base.empty() && base.back() == '/') base.pop_back();
    if (!base.empty()) out.push_back({base + "/" + e.file_name, ""});
  }
  if (!o.mirrors_only)
    for (const auto& s : e.sources) out.push_back({s.url, s.archive_member});
  return out;
}

}  // namespace

std::vector<FetchOutcome> fetch_models(const std::vector<const ModelEntry*>& entries, const fs::path& dir,
                                       const FetchOptions& options) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) fail(ErrorKind::Io, "cannot create models directory '{}': {}", dir.string(), ec.message());

  std::map<std::string, fs::path> archives;  // zip URL -> complete download, reused by later entries
  std::vector<FetchOutcome> outcomes;
  for (const ModelEntry* e : entries) {
    FetchOutcome oc;
    oc.id = e->id;
    oc.path = dir / e->file_name;
    if (!options.force && check_file(*e, oc.path, /*hash=*/true) == FileState::Present) {
      oc.already_present = true;
      outcomes.push_back(oc);
      continue;
    }
    const fs::path part = dir / (e->file_name + ".part");
    std::vector<std::string> failures;
    const auto candidates = candidates_for(*e, options);
    for (size_t ci = 0; ci < candidates.size(); ++ci) {
      const Candidate& cand = candidates[ci];
      const bool more_to_try = ci + 1 < candidates.size();
      try {
        std::string reason;
        if (cand.member.empty()) {
          note(options, fmt::format("fetching {} from {}", e->file_name, cand.url));
          const bool had_part = fs::exists(part);
          download_to_part(cand.url, part, e->file_name, options, largest_known_size(*e));
          if (!verify_and_install(*e, part, oc.path, reason)) {
            // A stale partial file from an earlier run may be what made it wrong: try once from zero.
            if (had_part) {
              note(options, fmt::format("{} from {} rejected ({}); downloading again from the start", e->file_name,
                                        cand.url, reason));
              download_to_part(cand.url, part, e->file_name, options, largest_known_size(*e));
              if (verify_and_install(*e, part, oc.path, reason)) {
                oc.url = cand.url;
                break;
              }
            }
            failures.push_back(fmt::format("{}: {}", cand.url, reason));
            if (more_to_try) note(options, fmt::format("rejected {} from {}: {}", e->file_name, cand.url, reason));
            continue;
          }
        } else {
          auto it = archives.find(cand.url);
          if (it == archives.end()) {
            const fs::path zip_part = dir / (base_name_of_url(cand.url) + ".part");
            note(options,
                 fmt::format("fetching {} (contains {}) from {}", base_name_of_url(cand.url), e->file_name, cand.url));
            download_to_part(cand.url, zip_part, base_name_of_url(cand.url), options);
            it = archives.emplace(cand.url, zip_part).first;
          }
          extract_zip_member(it->second, cand.member, part);
          if (!verify_and_install(*e, part, oc.path, reason)) {
            failures.push_back(fmt::format("{} in {}: {}", cand.member, cand.url, reason));
            if (more_to_try) note(options, fmt::format("rejected {} from {}: {}", e->file_name, cand.url, reason));
            continue;
          }
        }
        oc.url = cand.url;
        break;
      } catch (const Error& err) {
        failures.push_back(err.what());
        if (more_to_try) note(options, err.what());
        // A corrupt archive must not be reused; a partial one stays for a later resume.
        if (err.kind() == ErrorKind::InvalidData && !cand.member.empty()) {
          if (auto it = archives.find(cand.url); it != archives.end()) {
            fs::remove(it->second, ec);
            archives.erase(it);
          }
        }
      }
    }
    if (oc.url.empty()) {
      std::string joined;
      for (const auto& f : failures) joined += (joined.empty() ? "" : "; ") + f;
      if (failures.empty()) joined = "no download source known";
      oc.error = fmt::format("cannot fetch {}: {}", e->file_name, joined);
      if (joined.find("cannot resolve host") != std::string::npos)
        oc.error += " (offline? an internal mirror can be given with --mirror BASE_URL or $SWAPCAM_MODEL_MIRROR)";
    }
    outcomes.push_back(oc);
  }
  for (const auto& [url, path] : archives) fs::remove(path, ec);  // extracted; no longer needed
  return outcomes;
}

std::vector<std::string> mirrors_from_environment() {
  std::vector<std::string> out;
  const char* env = std::getenv("SWAPCAM_MODEL_MIRROR");
  if (!env) return out;
  std::string cur;
  for (const char* p = env;; ++p) {
    if (*p == '\0' || *p == ',' || *p == ' ') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
      if (*p == '\0') break;
    } else {
      cur += *p;
    }
  }
  return out;
}

}  // namespace swapcam::models
