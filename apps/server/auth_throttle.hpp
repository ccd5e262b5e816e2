// Failed authentications throttled per client address: after `limit` failures
// within a minute the address is refused (429 with Retry-After) until the
// oldest of them is a minute old, whatever token it sends. Guessing a 256-bit
// token is hopeless anyway; this keeps a client from filling the audit log
// and the database with failed attempts.
#pragma once

#include <chrono>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

namespace sonda::server {

class AuthThrottle {
  public:
    using Clock = std::chrono::steady_clock;
    explicit AuthThrottle(int limit) : m_limit(limit) {}

    // Seconds to wait before this address may try again; 0 when it may now.
    int retry_after(const std::string& address, Clock::time_point now = Clock::now());
    void record_failure(const std::string& address, Clock::time_point now = Clock::now());

  private:
    static constexpr std::chrono::seconds kWindow{60};
    static constexpr std::size_t kMaxAddresses = 100000;  // memory bound under a flood
    void forget_old(std::deque<Clock::time_point>& failures, Clock::time_point now) const;

    int m_limit;
    std::mutex m_mutex;
    std::unordered_map<std::string, std::deque<Clock::time_point>> m_failures;
};

}  // namespace sonda::server
