#include "project_pool.hpp"

namespace sonda::server {

ProjectPool::ProjectPool(Engine& engine, const std::string& target, int size) {
    for (int i = 0; i < size; ++i)
        m_free.push_back(std::make_unique<Project>(engine, target, Store::Access::Existing));
}

std::shared_ptr<Project> ProjectPool::borrow() {
    std::unique_lock lock(m_mutex);
    m_returned.wait(lock, [&] { return !m_free.empty(); });
    Project* project = m_free.back().release();
    m_free.pop_back();
    return std::shared_ptr<Project>(
        project, [this](Project* lent) { give_back(std::unique_ptr<Project>(lent)); });
}

void ProjectPool::give_back(std::unique_ptr<Project> project) {
    if (!project) return;
    {
        std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(project));
    }
    m_returned.notify_one();
}

}  // namespace sonda::server
