// What /metrics shows, in Prometheus' text format (version 0.0.4): requests
// by route and status, their latency as a histogram, and what submissions
// ended as. Routes are the patterns ("/api/v1/forms/{id}"), never the paths
// asked for, so neither ids nor tokens become label values.
#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace sonda::server {

class Metrics {
  public:
    void record_request(const std::string& route, int status, double seconds);
    // Responses a submission stored or found there already.
    void record_responses(long long stored, long long unchanged);
    // A submission refused whole: "invalid", "conflict" or "scope".
    void record_rejection(const std::string& reason);
    // One transaction of group commit and the submissions it held: their
    // ratio is how much sharing commits saves (group_commit.hpp).
    void record_commit_group(std::size_t submissions);
    std::string prometheus_text() const;

  private:
    static constexpr std::array<double, 10> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.025,
                                                     0.05,  0.1,    0.25,  0.5,  1.0};
    struct Latency {
        std::array<long long, kBuckets.size()> buckets{};  // cumulative per bound
        long long count = 0;
        double sum = 0;
    };

    mutable std::mutex m_mutex;
    std::map<std::pair<std::string, int>, long long> m_requests;
    std::map<std::string, Latency> m_latency;
    long long m_stored = 0, m_unchanged = 0;
    long long m_commit_groups = 0, m_grouped_submissions = 0;
    std::map<std::string, long long> m_rejections;
};

}  // namespace sonda::server
