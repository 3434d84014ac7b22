#include "cli/commandline.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("s15n"));
    QCoreApplication::setApplicationName(QStringLiteral("s15n"));
    QCoreApplication::setApplicationVersion(QStringLiteral(S15N_VERSION));
    return s15n::CommandLine().run(QCoreApplication::arguments());
}
