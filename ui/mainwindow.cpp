#include "mainwindow.h"

#include "storage/node.h"

#include <QLabel>
#include <QVBoxLayout>

namespace s15n::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("s15n administration"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_nodeLabel = new QLabel(central);
    m_nodeLabel->setObjectName(QStringLiteral("nodeLabel"));
    m_nodeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_nodeLabel);
    layout->addStretch();
    setCentralWidget(central);
    resize(640, 240);

    const Result<DatabaseLocation> location = DatabaseLocation::configured();
    if (!location) {
        m_nodeLabel->setText(location.message());
        return;
    }
    Result<std::unique_ptr<Node>> node = Node::open(location.value());
    if (!node) {
        m_nodeLabel->setText(node.message());
        return;
    }
    const NodeIdentity &id = node.value()->identity();
    m_nodeLabel->setText(tr("Node %1\nUUID: %2\nSync ID: %3\nDatabase: %4")
                             .arg(id.name, id.uuid.toString(QUuid::WithoutBraces))
                             .arg(id.syncId)
                             .arg(location.value().toString()));
}

} // namespace s15n::ui
