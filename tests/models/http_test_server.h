#pragma once
// A tiny threaded HTTP/1.1 server on 127.0.0.1 for the download tests: GET with `Range: bytes=N-`,
// one connection per request (Connection: close), per-path behaviour (serve, 404, cut the connection
// halfway through the body once) and a log of the requests it received.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cctype>
#include <stdexcept>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace swapcam::test {

class HttpTestServer {
 public:
  struct Route {
    std::string body;
    int status = 200;               // 404 to refuse
    bool cut_halfway_once = false;  // first request: headers for the whole body, half of it, then close
    bool ignore_range = false;      // answer 200 with the whole body even when a range is asked for
    bool no_length = false;         // no Content-Length: the body runs until the connection closes
  };
  struct Request {
    std::string path;
    std::optional<std::string> range;  // value of the Range header, if any
  };

  HttpTestServer() {
    listen_fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    ::setsockopt(listen_fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    if (::bind(listen_fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(listen_fd_, 16) != 0)
      throw std::runtime_error("test server: cannot listen on 127.0.0.1");
    socklen_t len = sizeof addr;
    ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
    acceptor_ = std::thread([this] { accept_loop(); });
  }

  ~HttpTestServer() {
    stop_ = true;
    acceptor_.join();
    for (auto& t : workers_) t.join();
    ::close(listen_fd_);
  }

  int port() const { return port_; }
  std::string url(const std::string& path) const { return "http://127.0.0.1:" + std::to_string(port_) + path; }

  void set(const std::string& path, Route route) {
    std::lock_guard lock(mu_);
    routes_[path] = std::move(route);
  }
  std::vector<Request> requests() const {
    std::lock_guard lock(mu_);
    return requests_;
  }

  // A port on 127.0.0.1 with nothing listening (bound, then released).
  static int closed_port() {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    socklen_t len = sizeof addr;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    ::close(fd);
    return ntohs(addr.sin_port);
  }

 private:
  void accept_loop() {
    while (!stop_) {
      pollfd p{listen_fd_, POLLIN, 0};
      if (::poll(&p, 1, 50) <= 0) continue;
      int fd = ::accept(listen_fd_, nullptr, nullptr);
      if (fd < 0) continue;
      std::lock_guard lock(workers_mu_);
      workers_.emplace_back([this, fd] {
        serve(fd);
        ::close(fd);
      });
    }
  }

  static bool send_all(int fd, const char* data, size_t n) {
    while (n > 0) {
      ssize_t w = ::send(fd, data, n, MSG_NOSIGNAL);
      if (w <= 0) return false;
      data += w;
      n -= size_t(w);
    }
    return true;
  }

  void serve(int fd) {
    std::string head;
    char buf[4096];
    while (head.find("\r\n\r\n") == std::string::npos) {
      ssize_t r = ::recv(fd, buf, sizeof buf, 0);
      if (r <= 0) return;
      head.append(buf, size_t(r));
    }
    Request req;
    auto sp1 = head.find(' ');
    auto sp2 = head.find(' ', sp1 + 1);
    req.path = head.substr(sp1 + 1, sp2 - sp1 - 1);
    for (size_t pos = head.find("\r\n"); pos != std::string::npos && pos + 2 < head.size();) {
      size_t end = head.find("\r\n", pos + 2);
      std::string line = head.substr(pos + 2, end - pos - 2);
      auto colon = line.find(':');
      if (colon != std::string::npos) {
        std::string name = line.substr(0, colon);
        for (auto& c : name) c = char(std::tolower(static_cast<unsigned char>(c)));
        std::string value = line.substr(colon + 1);
        while (!value.empty() && value.front() == ' ') value.erase(0, 1);
        if (name == "range") req.range = value;
      }
      pos = end;
    }

    Route route;
    bool cut = false;
    {
      std::lock_guard lock(mu_);
      requests_.push_back(req);
      auto it = routes_.find(req.path);
      if (it == routes_.end()) {
        route.status = 404;
      } else {
        route = it->second;
        cut = it->second.cut_halfway_once;
        it->second.cut_halfway_once = false;
      }
    }
    if (route.status != 200) {
      std::string body = "not here\n";
      std::string resp = "HTTP/1.1 " + std::to_string(route.status) +
                         " Not Found\r\nContent-Length: " + std::to_string(body.size()) +
                         "\r\nConnection: close\r\n\r\n" + body;
      send_all(fd, resp.data(), resp.size());
      return;
    }
    const std::string& body = route.body;
    size_t start = 0;
    if (req.range && !route.ignore_range && req.range->rfind("bytes=", 0) == 0)
      start = std::stoull(req.range->substr(6));
    std::string resp;
    if (req.range && !route.ignore_range && start >= body.size()) {
      resp = "HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */" + std::to_string(body.size()) +
             "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
      send_all(fd, resp.data(), resp.size());
      return;
    }
    if (req.range && !route.ignore_range) {
      resp = "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes " + std::to_string(start) + "-" +
             std::to_string(body.size() - 1) + "/" + std::to_string(body.size()) + "\r\n";
    } else {
      resp = "HTTP/1.1 200 OK\r\n";
    }
    if (!route.no_length) resp += "Content-Length: " + std::to_string(body.size() - start) + "\r\n";
    resp += "Connection: close\r\n\r\n";
    if (!send_all(fd, resp.data(), resp.size())) return;
    size_t n = body.size() - start;
    if (cut) n /= 2;
    send_all(fd, body.data() + start, n);
    if (cut) ::shutdown(fd, SHUT_RDWR);
  }

  int listen_fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  std::thread acceptor_;
  std::mutex workers_mu_;
  std::vector<std::thread> workers_;
  mutable std::mutex mu_;
  std::map<std::string, Route> routes_;
  std::vector<Request> requests_;
};

}  // namespace swapcam::test
