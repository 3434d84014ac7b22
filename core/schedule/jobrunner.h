#pragma once

#include "util/status.h"

#include <QString>

#include <atomic>
#include <functional>

namespace s15n {

// Runs one sync round for a repository. Called on a worker thread, which opens its own
// database connection. Must return soon after `cancelled` becomes true, leaving everything
// at its last checkpoint (the page in flight is rolled back).
using RoundRunner =
    std::function<Status(const QString &repository, const std::atomic_bool &cancelled)>;

} // namespace s15n
