#include "pages/openingpage.h"

#include "secrets/keychain.h"
#include "storage/node.h"
#include "widgets/icons.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcOpening, "s15n.ui.opening")

namespace s15n::ui {

OpeningPage::OpeningPage(const DatabaseLocation &location, const QString &password, QWidget *parent)
    : QWidget(parent), m_location(location), m_password(password)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    auto *message = new QLabel(tr("Opening %1...").arg(location.toString()), this);
    message->setObjectName(QStringLiteral("openingMessage"));
    message->setAlignment(Qt::AlignCenter);
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(message);
    auto *row = new QHBoxLayout;
    row->addStretch();
    auto *busy = new QProgressBar(this);
    busy->setObjectName(QStringLiteral("openingBusy"));
    busy->setRange(0, 0); // busy mode
    busy->setTextVisible(false);
    row->addWidget(busy, 1);
    auto *cancel =
        new QPushButton(themeIcon("process-stop", QStyle::SP_BrowserStop), tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("openingCancel"));
    cancel->setToolTip(tr("Stop waiting, and open or create another node (Esc)"));
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    row->addWidget(cancel);
    row->addStretch();
    layout->addLayout(row);
    layout->addStretch(2);
    connect(cancel, &QPushButton::clicked, this, &OpeningPage::cancel);
    qCInfo(lcOpening) << "opening" << location.toString();
    // From the event loop, once "Opening ..." shows: the keychain's wait runs one too.
    QTimer::singleShot(0, this, &OpeningPage::start);
}

OpeningPage::~OpeningPage() = default; // a check still running answers nobody

void OpeningPage::start()
{
    if (m_finished)
        return;
    const QPointer<OpeningPage> page(this);
    QString used = m_password;
    if (used.isEmpty() && qEnvironmentVariableIsEmpty("PGPASSWORD")) {
        // As `s15n` and the pages' tasks do; on this thread, as the keychain wants. Its wait
        // runs an event loop: Cancel may come meanwhile, and this page may go.
        if (const Result<QString> stored = Keychain::read(m_location.keychainKey()); stored)
            used = stored.value();
        if (!page || m_finished)
            return;
    }
    const DatabaseLocation location = m_location;
    QThreadPool::globalInstance()->start([page, location, used] {
        QString error;
        {
            const Result<std::unique_ptr<Node>> node = Node::open(location, used);
            if (!node)
                error = node.message();
        } // closed again, on this thread
        // Through the application object, which outlives the pool (its destructor waits for
        // it); the page may be gone by then.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [page, used, error] {
                if (page)
                    page->onChecked(used, error);
            },
            Qt::QueuedConnection);
    });
}

void OpeningPage::onChecked(const QString &password, const QString &error)
{
    if (m_finished)
        return; // cancelled
    m_finished = true;
    if (!error.isEmpty()) {
        emit failed(m_location, error); // the receiver logs it, with what it does about it
        return;
    }
    emit opened(m_location, password);
}

void OpeningPage::cancel()
{
    if (m_finished)
        return;
    m_finished = true;
    qCInfo(lcOpening) << "opening" << m_location.toString() << "cancelled";
    emit cancelled(m_location);
}

} // namespace s15n::ui
