// Downloads against a local HTTP server started by the test: verified fetch, resume after a cut
// connection, rejected corrupt files, one-line errors, zip extraction.
#include <zip.h>

#include <fstream>
#include <random>

#include <gtest/gtest.h>

#include "http_test_server.h"
#include "models/download.h"
#include "models/sha256.h"
#include "models/status.h"
#include "test_support.h"

namespace fs = std::filesystem;
using swapcam::models::fetch_models;
using swapcam::models::FetchOptions;
using swapcam::models::ModelEntry;
using swapcam::test::HttpTestServer;
using swapcam::test::TempDir;

namespace {

std::string random_bytes(size_t n, unsigned seed) {
  std::mt19937 rng(seed);
  std::string s(n, '\0');
  for (auto& c : s) c = char(rng() & 0xff);
  return s;
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_file(const fs::path& p, const std::string& data) {
  std::ofstream(p, std::ios::binary).write(data.data(), std::streamsize(data.size()));
}

ModelEntry entry_for(const std::string& id, const std::string& body, std::vector<swapcam::models::Source> sources,
                     bool with_hash = true) {
  ModelEntry e;
  e.id = id;
  e.file_name = id + ".onnx";
  swapcam::models::KnownFile k;
  k.size = body.size();
  if (with_hash) k.sha256 = swapcam::models::sha256_hex(body);
  e.known = {k};
  e.sources = std::move(sources);
  return e;
}

FetchOptions quiet_options() {
  FetchOptions o;
  o.connect_timeout_s = 5;
  o.stall_timeout_s = 10;
  return o;
}

// A zip with the given (name, content) members, written with minizip.
std::string make_zip(const fs::path& path, const std::vector<std::pair<std::string, std::string>>& members) {
  zipFile z = zipOpen64(path.string().c_str(), APPEND_STATUS_CREATE);
  EXPECT_NE(z, nullptr);
  for (const auto& [name, data] : members) {
    zip_fileinfo info{};
    EXPECT_EQ(zipOpenNewFileInZip64(z, name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                    Z_DEFAULT_COMPRESSION, 1),
              ZIP_OK);
    EXPECT_EQ(zipWriteInFileInZip(z, data.data(), unsigned(data.size())), ZIP_OK);
    EXPECT_EQ(zipCloseFileInZip(z), ZIP_OK);
  }
  EXPECT_EQ(zipClose(z, nullptr), ZIP_OK);
  return read_file(path);
}

}  // namespace

TEST(Sha256, KnownVectors) {
  using swapcam::models::sha256_hex;
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(sha256_hex(std::string(1000000, 'a')), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, IncrementalEqualsOneShotAndFile) {
  const std::string data = random_bytes(100003, 7);
  swapcam::models::Sha256 h;
  for (size_t pos = 0, step = 1; pos < data.size(); pos += step, step = step * 3 % 997 + 1)
    h.update(data.data() + pos, std::min(step, data.size() - pos));
  const std::string expected = swapcam::models::sha256_hex(data);
  EXPECT_EQ(h.hex_digest(), expected);
  TempDir dir;
  write_file(dir / "f", data);
  EXPECT_EQ(swapcam::models::sha256_file(dir / "f"), expected);
}

TEST(Fetch, DownloadsAndVerifies) {
  HttpTestServer server;
  const std::string body = random_bytes(300000, 1);
  server.set("/m/model_a.onnx", {body});
  TempDir dir;
  ModelEntry e = entry_for("model_a", body, {{server.url("/m/model_a.onnx"), ""}});
  std::vector<swapcam::models::DownloadProgress> progress;
  FetchOptions o = quiet_options();
  o.on_progress = [&](const swapcam::models::DownloadProgress& p) { progress.push_back(p); };

  auto out = fetch_models({&e}, dir.path(), o);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].error, "");
  EXPECT_EQ(out[0].url, server.url("/m/model_a.onnx"));
  EXPECT_TRUE(read_file(dir / "model_a.onnx") == body);
  EXPECT_FALSE(fs::exists(dir / "model_a.onnx.part"));
  ASSERT_FALSE(progress.empty());
  EXPECT_TRUE(progress.back().finished);
  EXPECT_EQ(progress.back().done, body.size());
  EXPECT_EQ(progress.back().total, body.size());

  // Second run: already there and verified, nothing downloaded.
  auto again = fetch_models({&e}, dir.path(), o);
  EXPECT_TRUE(again[0].already_present);
  EXPECT_EQ(server.requests().size(), 1u);
}

TEST(Fetch, ResumesWithRangeAfterTheConnectionIsCut) {
  HttpTestServer server;
  const std::string body = random_bytes(400000, 2);
  server.set("/model_b.onnx", {.body = body, .cut_halfway_once = true});
  TempDir dir;
  ModelEntry e = entry_for("model_b", body, {{server.url("/model_b.onnx"), ""}});
  std::vector<std::string> messages;
  FetchOptions o = quiet_options();
  o.on_message = [&](const std::string& m) { messages.push_back(m); };

  auto out = fetch_models({&e}, dir.path(), o);
  EXPECT_EQ(out[0].error, "");
  EXPECT_TRUE(read_file(dir / "model_b.onnx") == body);
  auto reqs = server.requests();
  ASSERT_EQ(reqs.size(), 2u);
  EXPECT_FALSE(reqs[0].range.has_value());
  ASSERT_TRUE(reqs[1].range.has_value());
  EXPECT_EQ(*reqs[1].range, "bytes=" + std::to_string(body.size() / 2) + "-");
  bool said_resuming = false;
  for (const auto& m : messages) said_resuming |= m.find("resuming") != std::string::npos;
  EXPECT_TRUE(said_resuming);
}

TEST(Fetch, ContinuesAPartFileLeftByAnEarlierRun) {
  HttpTestServer server;
  const std::string body = random_bytes(200000, 3);
  server.set("/model_c.onnx", {body});
  TempDir dir;
  write_file(dir / "model_c.onnx.part", body.substr(0, 123456));
  ModelEntry e = entry_for("model_c", body, {{server.url("/model_c.onnx"), ""}});

  auto out = fetch_models({&e}, dir.path(), quiet_options());
  EXPECT_EQ(out[0].error, "");
  EXPECT_TRUE(read_file(dir / "model_c.onnx") == body);
  auto reqs = server.requests();
  ASSERT_EQ(reqs.size(), 1u);
  EXPECT_EQ(reqs[0].range.value_or(""), "bytes=123456-");
}

TEST(Fetch, ServerIgnoringRangeRestartsTheFile) {
  HttpTestServer server;
  const std::string body = random_bytes(50000, 4);
  server.set("/model_d.onnx", {.body = body, .ignore_range = true});
  TempDir dir;
  write_file(dir / "model_d.onnx.part", body.substr(0, 1000));
  ModelEntry e = entry_for("model_d", body, {{server.url("/model_d.onnx"), ""}});
  auto out = fetch_models({&e}, dir.path(), quiet_options());
  EXPECT_EQ(out[0].error, "");
  EXPECT_TRUE(read_file(dir / "model_d.onnx") == body);
}

TEST(Fetch, CorruptFileIsRejectedAndNothingIsLeftUnderTheFinalName) {
  HttpTestServer server;
  const std::string body = random_bytes(100000, 5);
  std::string corrupt = body;
  corrupt[5000] ^= 0x40;
  server.set("/model_e.onnx", {corrupt});
  TempDir dir;
  ModelEntry e = entry_for("model_e", body, {{server.url("/model_e.onnx"), ""}});

  auto out = fetch_models({&e}, dir.path(), quiet_options());
  EXPECT_NE(out[0].error.find("checksum mismatch"), std::string::npos) << out[0].error;
  EXPECT_NE(out[0].error.find(swapcam::models::sha256_hex(body)), std::string::npos);
  EXPECT_EQ(out[0].error.find('\n'), std::string::npos);
  EXPECT_FALSE(fs::exists(dir / "model_e.onnx"));
  EXPECT_FALSE(fs::exists(dir / "model_e.onnx.part"));
}

TEST(Fetch, WithoutAKnownHashTheSizeIsChecked) {
  HttpTestServer server;
  const std::string body = random_bytes(40000, 6);
  server.set("/short.onnx", {body.substr(0, 39999)});
  server.set("/right.onnx", {body});
  TempDir dir;
  ModelEntry e = entry_for("model_f", body, {{server.url("/short.onnx"), ""}}, /*with_hash=*/false);
  auto bad = fetch_models({&e}, dir.path(), quiet_options());
  EXPECT_NE(bad[0].error.find("size mismatch: got 39999 bytes, expected 40000 bytes"), std::string::npos)
      << bad[0].error;
  EXPECT_FALSE(fs::exists(dir / "model_f.onnx"));

  e.sources = {{server.url("/right.onnx"), ""}};
  auto good = fetch_models({&e}, dir.path(), quiet_options());
  EXPECT_EQ(good[0].error, "");
  EXPECT_TRUE(read_file(dir / "model_f.onnx") == body);
}

TEST(Fetch, NotFoundIsAOneLineError) {
  HttpTestServer server;
  TempDir dir;
  ModelEntry e = entry_for("model_g", "x", {{server.url("/nope/model_g.onnx"), ""}});
  auto out = fetch_models({&e}, dir.path(), quiet_options());
  EXPECT_EQ(out[0].error, "cannot fetch model_g.onnx: " + server.url("/nope/model_g.onnx") + ": HTTP 404 Not Found");
  EXPECT_FALSE(fs::exists(dir / "model_g.onnx"));
  EXPECT_FALSE(fs::exists(dir / "model_g.onnx.part"));
}

TEST(Fetch, UnreachableHostIsAOneLineError) {
  TempDir dir;
  const std::string url = "http://127.0.0.1:" + std::to_string(HttpTestServer::closed_port()) + "/model_h.onnx";
  ModelEntry e = entry_for("model_h", "x", {{url, ""}});
  auto out = fetch_models({&e}, dir.path(), quiet_options());
  EXPECT_EQ(out[0].error.rfind("cannot fetch model_h.onnx: " + url + ": cannot connect to '127.0.0.1:", 0), 0u)
      << out[0].error;
  EXPECT_EQ(out[0].error.find('\n'), std::string::npos);
  EXPECT_FALSE(fs::exists(dir / "model_h.onnx"));
}

TEST(Fetch, SourcesAreTriedInOrderAndMirrorsFirst) {
  HttpTestServer server;
  const std::string body = random_bytes(30000, 8);
  server.set("/second/model_i.onnx", {body});
  server.set("/mirror/model_i.onnx", {body});
  TempDir dir;
  ModelEntry e =
      entry_for("model_i", body, {{server.url("/first/model_i.onnx"), ""}, {server.url("/second/model_i.onnx"), ""}});

  auto out = fetch_models({&e}, dir.path(), quiet_options());
  EXPECT_EQ(out[0].error, "");
  EXPECT_EQ(out[0].url, server.url("/second/model_i.onnx"));
  auto reqs = server.requests();
  ASSERT_EQ(reqs.size(), 2u);
  EXPECT_EQ(reqs[0].path, "/first/model_i.onnx");

  fs::remove(dir / "model_i.onnx");
  FetchOptions o = quiet_options();
  o.mirrors = {server.url("/mirror/")};
  auto mirrored = fetch_models({&e}, dir.path(), o);
  EXPECT_EQ(mirrored[0].url, server.url("/mirror/model_i.onnx"));
  EXPECT_EQ(server.requests().back().path, "/mirror/model_i.onnx");
}

TEST(Fetch, ExtractsModelsFromAZipDownloadedOnce) {
  HttpTestServer server;
  TempDir work, dir;
  const std::string a = random_bytes(70000, 9), b = random_bytes(50000, 10);
  const std::string zip = make_zip(work / "pack.zip", {{"pack/model_j.onnx", a}, {"pack/model_k.onnx", b}});
  server.set("/pack.zip", {zip});
  ModelEntry ej = entry_for("model_j", a, {{server.url("/pack.zip"), "model_j.onnx"}});
  ModelEntry ek = entry_for("model_k", b, {{server.url("/pack.zip"), "model_k.onnx"}});

  auto out = fetch_models({&ej, &ek}, dir.path(), quiet_options());
  EXPECT_EQ(out[0].error, "");
  EXPECT_EQ(out[1].error, "");
  EXPECT_TRUE(read_file(dir / "model_j.onnx") == a);
  EXPECT_TRUE(read_file(dir / "model_k.onnx") == b);
  EXPECT_EQ(server.requests().size(), 1u);
  EXPECT_FALSE(fs::exists(dir / "pack.zip.part"));  // removed once extracted
  EXPECT_FALSE(fs::exists(dir / "model_j.onnx.part"));
}

TEST(Fetch, ZipWithoutTheModelIsAnError) {
  HttpTestServer server;
  TempDir work, dir;
  server.set("/other.zip", {make_zip(work / "other.zip", {{"readme.txt", "hello"}})});
  ModelEntry e = entry_for("model_l", "abc", {{server.url("/other.zip"), "model_l.onnx"}});
  auto out = fetch_models({&e}, dir.path(), quiet_options());
  EXPECT_NE(out[0].error.find("does not contain 'model_l.onnx'"), std::string::npos) << out[0].error;
  EXPECT_FALSE(fs::exists(dir / "model_l.onnx"));
}

TEST(Fetch, AWrongFileInPlaceIsReplaced) {
  HttpTestServer server;
  const std::string body = random_bytes(20000, 11);
  server.set("/model_m.onnx", {body});
  TempDir dir;
  write_file(dir / "model_m.onnx", random_bytes(20000, 12));  // right size, wrong content
  ModelEntry e = entry_for("model_m", body, {{server.url("/model_m.onnx"), ""}});
  EXPECT_EQ(swapcam::models::check_model(e, dir.path(), true).state, swapcam::models::FileState::HashMismatch);
  auto out = fetch_models({&e}, dir.path(), quiet_options());
  EXPECT_FALSE(out[0].already_present);
  EXPECT_TRUE(read_file(dir / "model_m.onnx") == body);
}

TEST(Status, ReportsMissingSizeAndHashMismatch) {
  using swapcam::models::FileState;
  TempDir dir;
  const std::string body = random_bytes(1000, 13);
  ModelEntry e = entry_for("model_n", body, {});
  EXPECT_EQ(swapcam::models::check_model(e, dir.path(), true).state, FileState::Missing);
  write_file(dir / "model_n.onnx", body.substr(0, 999));
  EXPECT_EQ(swapcam::models::check_model(e, dir.path(), true).state, FileState::SizeMismatch);
  std::string other = body;
  other[0] ^= 1;
  write_file(dir / "model_n.onnx", other);
  EXPECT_EQ(swapcam::models::check_model(e, dir.path(), false).state, FileState::Present);  // size only
  EXPECT_EQ(swapcam::models::check_model(e, dir.path(), true).state, FileState::HashMismatch);
  write_file(dir / "model_n.onnx", body);
  auto st = swapcam::models::check_model(e, dir.path(), true);
  EXPECT_EQ(st.state, FileState::Present);
  EXPECT_TRUE(st.hash_checked);
}

TEST(Mirrors, ReadFromTheEnvironment) {
  ::setenv("SWAPCAM_MODEL_MIRROR", "http://a.example/models, http://b.example/x", 1);
  auto m = swapcam::models::mirrors_from_environment();
  ::unsetenv("SWAPCAM_MODEL_MIRROR");
  EXPECT_EQ(m, (std::vector<std::string>{"http://a.example/models", "http://b.example/x"}));
  EXPECT_TRUE(swapcam::models::mirrors_from_environment().empty());
}

// Issue 16: a download may not grow past what it can be. The manifest's size bounds a direct download;
// a zip (size unknown) is bounded by FetchOptions::max_unknown_size. Either is stopped, its partial
// file removed, and the error says why.
TEST(Fetch, ADownloadLargerThanTheKnownSizeIsStoppedAndRemoved) {
  HttpTestServer server;
  const std::string body = random_bytes(40000, 12);
  server.set("/huge.onnx", {random_bytes(3000000, 13)});
  TempDir dir;
  ModelEntry e = entry_for("model_n", body, {{server.url("/huge.onnx"), ""}}, /*with_hash=*/false);
  auto out = fetch_models({&e}, dir.path(), quiet_options());
  EXPECT_NE(out[0].error.find("larger than the 40000 bytes model_n.onnx has"), std::string::npos) << out[0].error;
  EXPECT_NE(out[0].error.find("partial file removed"), std::string::npos) << out[0].error;
  EXPECT_EQ(out[0].error.find('\n'), std::string::npos);
  EXPECT_FALSE(fs::exists(dir / "model_n.onnx"));
  EXPECT_FALSE(fs::exists(dir / "model_n.onnx.part"));
}

// Without a Content-Length the size is not announced: the bound stops the transfer when it gets there.
TEST(Fetch, AnUnannouncedDownloadIsStoppedAtTheKnownSize) {
  HttpTestServer server;
  const std::string body = random_bytes(40000, 15);
  HttpTestServer::Route stream{random_bytes(4000000, 16)};
  stream.no_length = true;
  server.set("/stream.onnx", stream);
  TempDir dir;
  ModelEntry e = entry_for("model_p", body, {{server.url("/stream.onnx"), ""}}, /*with_hash=*/false);
  std::uint64_t most_on_disk = 0;
  FetchOptions o = quiet_options();
  o.on_progress = [&](const swapcam::models::DownloadProgress& p) { most_on_disk = std::max(most_on_disk, p.done); };
  auto out = fetch_models({&e}, dir.path(), o);
  EXPECT_NE(out[0].error.find("larger than the 40000 bytes model_p.onnx has"), std::string::npos) << out[0].error;
  EXPECT_LE(most_on_disk, body.size());
  EXPECT_FALSE(fs::exists(dir / "model_p.onnx"));
  EXPECT_FALSE(fs::exists(dir / "model_p.onnx.part"));
}

// A download that would leave the disk (nearly) full stops and says so: here everything free is to be
// kept free, so not one byte fits.
TEST(Fetch, ADownloadThatWouldFillTheDiskIsStopped) {
  HttpTestServer server;
  const std::string body = random_bytes(50000, 17);
  server.set("/model_q.onnx", {body});
  TempDir dir;
  ModelEntry e = entry_for("model_q", body, {{server.url("/model_q.onnx"), ""}});
  FetchOptions o = quiet_options();
  o.keep_free = fs::space(dir.path()).available + (std::uint64_t{1} << 30);
  auto out = fetch_models({&e}, dir.path(), o);
  EXPECT_NE(out[0].error.find("not enough free space for model_q.onnx in '" + dir.path().string() + "'"),
            std::string::npos)
      << out[0].error;
  EXPECT_FALSE(fs::exists(dir / "model_q.onnx"));
  EXPECT_FALSE(fs::exists(dir / "model_q.onnx.part"));
  EXPECT_EQ(FetchOptions{}.keep_free, std::uint64_t{64} << 20);
}

TEST(Fetch, ADownloadOfUnknownSizeIsBoundedToo) {
  HttpTestServer server;
  TempDir work, dir;
  const std::string a = random_bytes(70000, 14);
  server.set("/big.zip", {make_zip(work / "big.zip", {{"model_o.onnx", a}})});
  ModelEntry e = entry_for("model_o", a, {{server.url("/big.zip"), "model_o.onnx"}});
  FetchOptions o = quiet_options();
  o.max_unknown_size = 20000;  // the zip is over 70 kB
  auto out = fetch_models({&e}, dir.path(), o);
  EXPECT_NE(out[0].error.find("larger than 20.0 kB (20000 bytes), the bound for a download of unknown size"),
            std::string::npos)
      << out[0].error;
  EXPECT_FALSE(fs::exists(dir / "model_o.onnx"));
  EXPECT_FALSE(fs::exists(dir / "big.zip.part"));
  // The default bound is documented as 4 GiB.
  EXPECT_EQ(FetchOptions{}.max_unknown_size, std::uint64_t{4} << 30);
}
