#include "metrics.hpp"

#include <sstream>

namespace sonda::server {

void Metrics::record_request(const std::string& route, int status, double seconds) {
    std::lock_guard lock(m_mutex);
    ++m_requests[{route, status}];
    Latency& latency = m_latency[route];
    for (std::size_t i = 0; i < kBuckets.size(); ++i)
        if (seconds <= kBuckets[i]) ++latency.buckets[i];
    ++latency.count;
    latency.sum += seconds;
}

void Metrics::record_responses(long long stored, long long unchanged) {
    std::lock_guard lock(m_mutex);
    m_stored += stored;
    m_unchanged += unchanged;
}

void Metrics::record_rejection(const std::string& reason) {
    std::lock_guard lock(m_mutex);
    ++m_rejections[reason];
}

void Metrics::record_commit_group(std::size_t submissions) {
    std::lock_guard lock(m_mutex);
    ++m_commit_groups;
    m_grouped_submissions += static_cast<long long>(submissions);
}

std::string Metrics::prometheus_text() const {
    std::lock_guard lock(m_mutex);
    std::ostringstream out;
    out << "# HELP sonda_http_requests_total HTTP requests answered, by route and status.\n"
           "# TYPE sonda_http_requests_total counter\n";
    for (const auto& [key, count] : m_requests)
        out << "sonda_http_requests_total{route=\"" << key.first << "\",status=\"" << key.second
            << "\"} " << count << '\n';
    out << "# HELP sonda_http_request_duration_seconds Time to answer a request, by route.\n"
           "# TYPE sonda_http_request_duration_seconds histogram\n";
    for (const auto& [route, latency] : m_latency) {
        const std::string name = "sonda_http_request_duration_seconds";
        for (std::size_t i = 0; i < kBuckets.size(); ++i)
            out << name << "_bucket{route=\"" << route << "\",le=\"" << kBuckets[i] << "\"} "
                << latency.buckets[i] << '\n';
        out << name << "_bucket{route=\"" << route << "\",le=\"+Inf\"} " << latency.count << '\n'
            << name << "_sum{route=\"" << route << "\"} " << latency.sum << '\n'
            << name << "_count{route=\"" << route << "\"} " << latency.count << '\n';
    }
    out << "# HELP sonda_responses_submitted_total Responses submitted, by what became of "
           "them.\n"
           "# TYPE sonda_responses_submitted_total counter\n"
        << "sonda_responses_submitted_total{outcome=\"stored\"} " << m_stored << '\n'
        << "sonda_responses_submitted_total{outcome=\"unchanged\"} " << m_unchanged << '\n';
    out << "# HELP sonda_submissions_rejected_total Submissions refused whole, by reason.\n"
           "# TYPE sonda_submissions_rejected_total counter\n";
    for (const char* reason : {"invalid", "conflict", "scope"}) {
        const auto found = m_rejections.find(reason);
        out << "sonda_submissions_rejected_total{reason=\"" << reason << "\"} "
            << (found == m_rejections.end() ? 0 : found->second) << '\n';
    }
    out << "# HELP sonda_commit_groups_total Transactions that wrote submissions.\n"
           "# TYPE sonda_commit_groups_total counter\n"
        << "sonda_commit_groups_total " << m_commit_groups << '\n'
        << "# HELP sonda_commit_group_submissions_total Submissions those transactions held.\n"
           "# TYPE sonda_commit_group_submissions_total counter\n"
        << "sonda_commit_group_submissions_total " << m_grouped_submissions << '\n';
    return out.str();
}

}  // namespace sonda::server
