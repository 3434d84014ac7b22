#pragma once

#include <QStringList>

namespace s15n {

// The headless `s15n` tool: parses a verb and its options and runs it.
class CommandLine
{
public:
    int run(const QStringList &arguments);
};

} // namespace s15n
