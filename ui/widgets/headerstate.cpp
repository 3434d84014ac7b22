#include "headerstate.h"

#include <QEvent>
#include <QHeaderView>
#include <QSettings>
#include <QTimer>

namespace s15n::ui {

namespace {

constexpr int kSaveDelayMs = 1000; // a drag resizes many times; write once it settles

// Child of the header. It copies the header's state whenever it changes, while the header is
// whole, and writes the copy to the settings a moment later, on hide, and in its destructor
// (which runs after the header's own destructor, when the header can no longer be asked).
class HeaderStateKeeper : public QObject
{
    Q_OBJECT
public:
    explicit HeaderStateKeeper(QHeaderView *header) : QObject(header), m_header(header)
    {
        setObjectName(QStringLiteral("headerStateKeeper"));
        m_timer.setSingleShot(true);
        m_timer.setInterval(kSaveDelayMs);
        connect(&m_timer, &QTimer::timeout, this, [this] { write(); });
        connect(header, &QHeaderView::sectionMoved, this, [this] { snapshot(); });
        connect(header, &QHeaderView::sectionResized, this, [this] { snapshot(); });
        connect(header, &QHeaderView::sortIndicatorChanged, this, [this] { snapshot(); });
        connect(header, &QHeaderView::geometriesChanged, this, [this] { snapshot(); });
        header->installEventFilter(this);
    }

    ~HeaderStateKeeper() override { write(); }

    void saveNow()
    {
        snapshot();
        write();
    }

    bool setKey(const QString &key)
    {
        snapshot();
        write();
        m_key = key;
        m_state.clear();
        if (m_key.isEmpty())
            return false;
        const QByteArray saved = QSettings().value(m_key).toByteArray();
        return !saved.isEmpty() && m_header->restoreState(saved);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_header && event->type() == QEvent::Hide) {
            snapshot();
            write();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void snapshot()
    {
        if (m_key.isEmpty())
            return;
        m_state = m_header->saveState();
        m_timer.start();
    }

    void write()
    {
        m_timer.stop();
        if (m_key.isEmpty() || m_state.isEmpty())
            return;
        QSettings().setValue(m_key, m_state);
        m_state.clear();
    }

    QHeaderView *m_header;
    QString m_key;
    QByteArray m_state; // not yet written
    QTimer m_timer;
};

} // namespace

namespace {

HeaderStateKeeper *keeperOf(QHeaderView *header)
{
    return header->findChild<HeaderStateKeeper *>(QStringLiteral("headerStateKeeper"),
                                                  Qt::FindDirectChildrenOnly);
}

} // namespace

bool rememberHeaderState(QHeaderView *header, const QString &key)
{
    HeaderStateKeeper *keeper = keeperOf(header);
    if (!keeper)
        keeper = new HeaderStateKeeper(header);
    return keeper->setKey(key);
}

void saveHeaderState(QHeaderView *header)
{
    if (HeaderStateKeeper *keeper = keeperOf(header))
        keeper->saveNow();
}

} // namespace s15n::ui

#include "headerstate.moc"
