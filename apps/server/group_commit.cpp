#include "group_commit.hpp"

#include "sonda/error.hpp"

namespace sonda::server {

WriteResult GroupCommit::write(Store& store, const std::vector<StoredResponse>& batch,
                               const std::vector<AuditEvent>& audit) {
    Submission mine{&batch, &audit, {}, nullptr};
    std::unique_lock lock(m_mutex);
    m_waiting.push_back(&mine);
    while (!mine.done) {
        if (m_leading) {
            m_finished.wait(lock);
            continue;
        }
        // Lead the next group: everything waiting now, up to the limit, in
        // arrival order (so a resend after a conflict sees what came first).
        m_leading = true;
        std::vector<Submission*> group;
        while (!m_waiting.empty() && group.size() < m_max_group) {
            group.push_back(m_waiting.front());
            m_waiting.pop_front();
        }
        lock.unlock();
        commit_group(store, group);
        m_metrics.record_commit_group(group.size());
        lock.lock();
        for (Submission* submission : group) submission->done = true;
        m_leading = false;
        // The members, and whoever waits to lead the next group.
        m_finished.notify_all();
    }
    if (mine.error) std::rethrow_exception(mine.error);
    return mine.result;
}

void GroupCommit::commit_group(Store& store, const std::vector<Submission*>& group) {
    std::exception_ptr failure;  // fails every member that was not refused on its own
    try {
        std::unique_ptr<ResponseWriter> writer = store.begin_write();
        for (Submission* submission : group) {
            try {
                submission->result = writer->write(*submission->batch);
            } catch (const InvalidInput&) {
                submission->error = std::current_exception();
                continue;
            } catch (const ConflictError&) {
                submission->error = std::current_exception();
                continue;
            }
            for (const AuditEvent& event : *submission->audit) writer->audit(event);
        }
        writer->commit();
    } catch (...) {
        failure = std::current_exception();
    }
    if (!failure) return;
    for (Submission* submission : group)
        if (!submission->error) submission->error = failure;
}

}  // namespace sonda::server
