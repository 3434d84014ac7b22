#include "headerstate.h"

#include <QEvent>
#include <QHeaderView>
#include <QScopedValueRollback>
#include <QSettings>
#include <QTimer>

namespace s15n::ui {

namespace {

constexpr int kSaveDelayMs = 1000; // a drag resizes many times; write once it settles

// Beside each state: how many columns it has (a state of other columns is not restored). A
// state saved without it, by an older version, may be one of a header never sized: ignored.
QString columnsKey(const QString &key)
{
    return key + QStringLiteral("Columns");
}

QList<bool> hiddenSections(const QHeaderView *header)
{
    QList<bool> hidden;
    hidden.reserve(header->count());
    for (int logical = 0; logical < header->count(); ++logical)
        hidden << header->isSectionHidden(logical);
    return hidden;
}

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
        connect(header, &QHeaderView::sectionMoved, this, [this] { onChanged(); });
        connect(header, &QHeaderView::sectionResized, this, [this] { onChanged(); });
        connect(header, &QHeaderView::sortIndicatorChanged, this, [this] { onChanged(); });
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
        m_changed = false;
        m_shown = m_header->isVisible();
        bool restored = false;
        if (!m_key.isEmpty()) {
            if (hasHeaderState(m_key, m_header->count())) {
                const QScopedValueRollback<bool> restoring(m_restoring, true);
                restored = m_header->restoreState(QSettings().value(m_key).toByteArray());
            }
        }
        m_restored = restored;
        m_hidden = hiddenSections(m_header);
        return restored;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_header) {
            if (event->type() == QEvent::Show && !m_key.isEmpty()) {
                m_shown = true;
                snapshot();
            } else if (event->type() == QEvent::Hide) {
                snapshot();
                write();
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void onChanged()
    {
        if (m_key.isEmpty() || m_restoring)
            return;
        m_changed = true;
        snapshot();
    }

    // Worth keeping: restored, or changed in a header that has been on screen.
    bool worthKeeping()
    {
        if (m_restored)
            return true;
        if (!m_shown || m_header->count() == 0)
            return false;
        // Hiding a column of a header with automatic sizes emits nothing; compare.
        if (!m_changed && hiddenSections(m_header) != m_hidden)
            m_changed = true;
        return m_changed;
    }

    void snapshot()
    {
        if (m_key.isEmpty() || m_restoring || !worthKeeping())
            return;
        m_state = m_header->saveState();
        m_columns = m_header->count();
        m_timer.start();
    }

    void write()
    {
        m_timer.stop();
        if (m_key.isEmpty() || m_state.isEmpty())
            return;
        QSettings settings;
        settings.setValue(m_key, m_state);
        settings.setValue(columnsKey(m_key), m_columns);
        m_state.clear();
    }

    QHeaderView *m_header;
    QString m_key;
    QByteArray m_state;   // not yet written
    int m_columns = 0;    // m_state's
    QList<bool> m_hidden; // the hidden sections when the key was set (after restoring)
    bool m_restored = false;
    bool m_shown = false;   // the header was on screen with this key
    bool m_changed = false; // sized, moved, sorted or a column hidden since the key was set
    bool m_restoring = false;
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

bool hasHeaderState(const QString &key, int columns)
{
    const QSettings settings;
    return columns > 0 && settings.value(columnsKey(key), -1).toInt() == columns &&
           !settings.value(key).toByteArray().isEmpty();
}

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
