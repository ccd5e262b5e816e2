// One store connection per worker: a sonda::Project (its store, study, forms
// and validator) is not thread-safe, so each request borrows one for its
// whole duration and gives it back. The pool holds as many as the server has
// workers, all opened on the same database at start: a database that cannot
// be opened stops the server before it listens.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "sonda/engine.hpp"

namespace sonda::server {

class ProjectPool {
  public:
    // Opens `size` projects on `target` (Store::Access::Existing). Throws
    // what Project throws (StorageError for a missing database).
    ProjectPool(Engine& engine, const std::string& target, int size);

    // Waits for a free project (there is one per worker, so the wait is
    // short); it goes back to the pool when the last copy is dropped. The
    // pool must outlive what it lends.
    std::shared_ptr<Project> borrow();

  private:
    void give_back(std::unique_ptr<Project> project);

    std::mutex m_mutex;
    std::condition_variable m_returned;
    std::vector<std::unique_ptr<Project>> m_free;
};

}  // namespace sonda::server
