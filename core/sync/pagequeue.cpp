#include "pagequeue.h"

#include "sync/pagereader.h"

namespace s15n {

PageQueue::PageQueue(QIODevice *device, int capacity) : m_capacity(capacity)
{
    // Started last, once every member it uses exists.
    m_thread = std::thread([this, device] { run(device); });
}

PageQueue::~PageQueue()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void PageQueue::run(QIODevice *device)
{
    PageReader reader(device);
    ChangePage page;
    for (;;) {
        const bool read = reader.readNextPage(&page);
        std::unique_lock<std::mutex> lock(m_mutex);
        if (!read) {
            if (reader.hasError())
                m_error = reader.errorString();
            m_finished = true;
            m_changed.notify_all();
            return;
        }
        m_source = reader.source();
        m_changed.wait(lock, [this] { return m_stop || int(m_pages.size()) < m_capacity; });
        if (m_stop)
            return;
        m_pages.push_back(std::move(page));
        page = ChangePage();
        m_changed.notify_all();
    }
}

bool PageQueue::next(ChangePage *page, PageSource *source)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_pages.empty() || m_finished; });
    if (m_pages.empty())
        return false;
    *page = std::move(m_pages.front());
    m_pages.pop_front();
    *source = m_source;
    m_changed.notify_all();
    return true;
}

bool PageQueue::hasError() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return !m_error.isEmpty();
}

QString PageQueue::errorString() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_error;
}

} // namespace s15n
