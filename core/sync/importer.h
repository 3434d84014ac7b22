#pragma once

#include "sync/applyengine.h"

#include <functional>

class QIODevice;

namespace s15n {

struct ImportSummary
{
    PageSource source;
    qint64 pages = 0;
    ApplyCounts counts;
};

// Reads a document of pages (an export file) and applies it page by page, each page in
// its own transaction. A malformed page stops the import: nothing of it is applied, and
// the message says which page and where.
class Importer
{
public:
    explicit Importer(Node &node) : m_node(node) {}

    Result<ImportSummary>
    importFrom(QIODevice *device, const std::function<void(const ImportSummary &)> &progress = {});

private:
    Node &m_node;
};

} // namespace s15n
