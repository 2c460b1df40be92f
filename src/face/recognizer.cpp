#include "face/recognizer.h"

#include <algorithm>
#include <cmath>

#include "core/error.h"
#include "face/align.h"
#include "runtime/model.h"

namespace swapcam::face {

float cosine_similarity(std::span<const float> a, std::span<const float> b) {
  if (a.empty() || a.size() != b.size()) return 0.f;
  double dot = 0, na = 0, nb = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    dot += static_cast<double>(a[i]) * b[i];
    na += static_cast<double>(a[i]) * a[i];
    nb += static_cast<double>(b[i]) * b[i];
  }
  if (!(na > 0) || !(nb > 0)) return 0.f;
  const double c = dot / std::sqrt(na * nb);
  return std::isfinite(c) ? static_cast<float>(c) : 0.f;
}

void normalize_l2(std::span<float> v) {
  double n = 0;
  for (float x : v) n += static_cast<double>(x) * x;
  n = std::sqrt(n);
  if (!(n > 0) || !std::isfinite(n)) return;
  for (float& x : v) x = static_cast<float>(x / n);
}

std::vector<float> mean_embedding(std::span<const std::vector<float>> embeddings) {
  if (embeddings.empty()) return {};
  std::vector<float> mean(embeddings.front().size(), 0.f);
  for (const auto& e : embeddings) {
    if (e.size() != mean.size())
      fail(ErrorKind::InvalidData, "embeddings of different sizes ({} vs {})", e.size(), mean.size());
    std::vector<float> n(e);
    normalize_l2(n);
    for (size_t i = 0; i < n.size(); ++i) mean[i] += n[i];
  }
  normalize_l2(mean);
  return mean;
}

namespace {

runtime::ModelSpec with_role(runtime::ModelSpec spec) {
  if (spec.role.empty()) spec.role = "recognizer";
  return spec;
}

}  // namespace

Recognizer::Recognizer(runtime::ModelSpec spec, runtime::RuntimeConfig cfg)
    : slot_(with_role(std::move(spec)), std::move(cfg)) {}

int Recognizer::input_size() const {
  const auto& model = slot_.get();
  if (model.inputs().empty()) fail(ErrorKind::InvalidData, "recogniser model '{}' has no input", model.path().string());
  const auto& shape = model.inputs()[0].shape;
  if (shape.size() != 4 || (shape[1] > 0 && shape[1] != 3))
    fail(ErrorKind::InvalidData, "recogniser model '{}' input is not [N,3,S,S]", model.path().string());
  if (shape[2] > 0 && shape[3] > 0 && shape[2] != shape[3])
    fail(ErrorKind::InvalidData, "recogniser model '{}' input is not square ({}x{})", model.path().string(), shape[3],
         shape[2]);
  return shape[2] > 0 ? static_cast<int>(shape[2]) : 112;
}

std::vector<std::vector<float>> Recognizer::embed_aligned(std::span<const cv::Mat> crops,
                                                          std::vector<float>* norms) const {
  std::vector<std::vector<float>> result;
  if (norms) norms->clear();
  if (crops.empty()) return result;
  const auto& model = slot_.get();
  const int size = input_size();
  const int64_t fixed_batch = model.inputs()[0].shape[0];
  const size_t batch = fixed_batch > 0 ? static_cast<size_t>(fixed_batch) : crops.size();
  const size_t plane = static_cast<size_t>(size) * size;

  std::vector<float> blob;
  for (size_t start = 0; start < crops.size(); start += batch) {
    const size_t count = std::min(batch, crops.size() - start);
    blob.assign(batch * 3 * plane, 0.f);  // a fixed batch is padded with zero images
    for (size_t i = 0; i < count; ++i) {
      const cv::Mat& crop = crops[start + i];
      if (crop.type() != CV_8UC3 || crop.rows != size || crop.cols != size)
        fail(ErrorKind::InvalidData, "aligned face must be 8-bit BGR {}x{}", size, size);
      float* r = blob.data() + i * 3 * plane;
      float* g = r + plane;
      float* b = g + plane;
      for (int y = 0; y < size; ++y) {
        const uint8_t* px = crop.ptr<uint8_t>(y);
        for (int x = 0; x < size; ++x, px += 3) {
          const size_t o = static_cast<size_t>(y) * size + x;
          b[o] = (px[0] - 127.5f) / 127.5f;
          g[o] = (px[1] - 127.5f) / 127.5f;
          r[o] = (px[2] - 127.5f) / 127.5f;
        }
      }
    }
    runtime::TensorView in{blob.data(), {static_cast<int64_t>(batch), 3, size, size}};
    auto out = model.run(std::span<const runtime::TensorView>(&in, 1));
    if (out.empty() || out[0].shape.empty() || out[0].shape[0] != static_cast<int64_t>(batch) || out[0].data.empty() ||
        out[0].data.size() % batch != 0)
      fail(ErrorKind::InvalidData, "recogniser model '{}' returned an unexpected output shape", model.path().string());
    const size_t dim = out[0].data.size() / batch;
    for (size_t i = 0; i < count; ++i) {
      std::vector<float> e(out[0].data.begin() + i * dim, out[0].data.begin() + (i + 1) * dim);
      if (norms) {
        double n = 0;
        for (float x : e) n += static_cast<double>(x) * x;
        norms->push_back(static_cast<float>(std::sqrt(n)));
      }
      normalize_l2(e);
      result.push_back(std::move(e));
    }
  }
  return result;
}

std::vector<std::vector<float>> Recognizer::embed(const cv::Mat& bgr, std::span<const Landmarks5> kps,
                                                  std::vector<float>* norms) const {
  if (kps.empty()) return {};
  const int size = input_size();
  std::vector<cv::Mat> crops;
  crops.reserve(kps.size());
  for (const auto& k : kps) crops.push_back(align_arcface(bgr, k, size).crop);
  return embed_aligned(crops, norms);
}

std::vector<float> Recognizer::embed(const cv::Mat& bgr, const Landmarks5& kps) const {
  return embed(bgr, std::span<const Landmarks5>(&kps, 1)).front();
}

void Recognizer::embed(const cv::Mat& bgr, Faces& faces) const {
  std::vector<Landmarks5> kps;
  std::vector<size_t> which;
  for (size_t i = 0; i < faces.size(); ++i)
    if (faces[i].has_kps) kps.push_back(faces[i].kps), which.push_back(i);
  std::vector<float> norms;
  const auto emb = embed(bgr, kps, &norms);
  for (size_t i = 0; i < which.size(); ++i) {
    faces[which[i]].embedding = emb[i];
    faces[which[i]].embedding_norm = norms[i];
  }
}

}  // namespace swapcam::face
