// Group commit: submissions that arrive while a transaction is being made
// durable wait together and go into the next transaction as one group, so
// one commit (one fsync on SQLite with synchronous=FULL, one WAL flush on
// PostgreSQL) answers many requests. No thread of its own: the first waiting
// worker leads the group on its own store connection, the others sleep until
// their part is done (the leader/follower scheme of database group commit).
//
// Each submission stays all-or-nothing on its own: the writer checks a batch
// before it inserts anything (ResponseWriter::write), so a submission that is
// invalid or in conflict is refused alone and the group goes on. Only a
// database failure fails the whole group, and then nothing of it is stored.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <vector>

#include "metrics.hpp"
#include "sonda/store/store.hpp"

namespace sonda::server {

class GroupCommit {
  public:
    // `max_group`: submissions per transaction at most; 1 commits each alone.
    GroupCommit(std::size_t max_group, Metrics& metrics)
        : m_max_group(max_group), m_metrics(metrics) {}

    // Writes `batch` with its audit entries and returns once they are
    // committed, or throws what refused it (InvalidInput, ConflictError) or
    // what failed the group's transaction (StorageError). `store` is the
    // caller's own connection: used if the caller leads a group.
    WriteResult write(Store& store, const std::vector<StoredResponse>& batch,
                      const std::vector<AuditEvent>& audit);

  private:
    struct Submission {
        const std::vector<StoredResponse>* batch;
        const std::vector<AuditEvent>* audit;
        WriteResult result;
        std::exception_ptr error;
        bool done = false;
    };

    // Writes and commits `group` on `store`, outside the lock.
    static void commit_group(Store& store, const std::vector<Submission*>& group);

    const std::size_t m_max_group;
    Metrics& m_metrics;
    std::mutex m_mutex;
    std::condition_variable m_finished;
    std::deque<Submission*> m_waiting;
    bool m_leading = false;
};

}  // namespace sonda::server
