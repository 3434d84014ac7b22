#pragma once

#include "sync/changerecord.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

class QIODevice;

namespace s15n {

// Reads pages of a change document on a thread of its own, a couple of pages ahead of the
// consumer, so parsing the next page overlaps with applying this one. Memory stays bounded:
// at most `capacity` pages wait.
class PageQueue
{
public:
    explicit PageQueue(QIODevice *device, int capacity = 2);
    ~PageQueue(); // stops and joins the reader

    // The next page; false at the end of the document or on a read error (see errorString).
    bool next(ChangePage *page, PageSource *source);
    bool hasError() const;
    QString errorString() const;

private:
    void run(QIODevice *device);

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<ChangePage> m_pages;
    PageSource m_source;
    QString m_error;
    bool m_finished = false;
    bool m_stop = false;
    const int m_capacity;
    std::thread m_thread;
};

} // namespace s15n
