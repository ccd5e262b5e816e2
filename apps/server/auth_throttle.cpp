#include "auth_throttle.hpp"

namespace sonda::server {

void AuthThrottle::forget_old(std::deque<Clock::time_point>& failures,
                              Clock::time_point now) const {
    while (!failures.empty() && now - failures.front() >= kWindow) failures.pop_front();
}

int AuthThrottle::retry_after(const std::string& address, Clock::time_point now) {
    std::lock_guard lock(m_mutex);
    const auto found = m_failures.find(address);
    if (found == m_failures.end()) return 0;
    forget_old(found->second, now);
    if (found->second.size() < static_cast<std::size_t>(m_limit)) {
        if (found->second.empty()) m_failures.erase(found);
        return 0;
    }
    const auto wait = kWindow - (now - found->second.front());
    return static_cast<int>(std::chrono::ceil<std::chrono::seconds>(wait).count());
}

void AuthThrottle::record_failure(const std::string& address, Clock::time_point now) {
    std::lock_guard lock(m_mutex);
    if (m_failures.size() >= kMaxAddresses && !m_failures.count(address)) {
        // Drop what has aged out; under a flood of addresses, start afresh
        // rather than grow without bound.
        for (auto it = m_failures.begin(); it != m_failures.end();) {
            forget_old(it->second, now);
            it = it->second.empty() ? m_failures.erase(it) : std::next(it);
        }
        if (m_failures.size() >= kMaxAddresses) m_failures.clear();
    }
    std::deque<Clock::time_point>& failures = m_failures[address];
    forget_old(failures, now);
    failures.push_back(now);
    // Only the newest `limit` matter for the wait.
    while (failures.size() > static_cast<std::size_t>(m_limit)) failures.pop_front();
}

}  // namespace sonda::server
