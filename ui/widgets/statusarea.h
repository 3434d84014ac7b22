#pragma once

#include <QDateTime>
#include <QNetworkReply>
#include <QPointer>
#include <QUrl>
#include <QWidget>

class QLabel;
class QNetworkAccessManager;
class QTimer;

namespace s15n {
class Node;
}

namespace s15n::ui {

// For the main window's status bar: whether `s15n serve` answers for this node at the
// address its settings give, the next scheduled run with its repository, and the last round's
// result per repository. Reads again every kRefreshMs and on refresh(); the serving check is
// an HTTP request that never blocks the GUI (kProbeTimeoutMs at most). Scheduled jobs run only
// in `s15n serve` (its worker): while it does not serve this node, a run that is due says that
// it waits for it, and its tooltip says how to start it.
class StatusArea : public QWidget
{
    Q_OBJECT

public:
    enum class Serving {
        Unknown,      // not checked yet
        ThisNode,     // s15n serve answers there, for this node
        OtherNode,    // s15n serve answers there, for another node
        Unidentified, // something answers there without saying which node it is
        NotServing,   // nothing answers there
    };
    Q_ENUM(Serving)

    static constexpr int kRefreshMs = 30 * 1000;
    static constexpr int kProbeTimeoutMs = 2000;

    // `node` must outlive the area.
    explicit StatusArea(Node &node, QWidget *parent = nullptr);
    ~StatusArea() override;

    // The outcome of the last serving check, and the address it asked.
    Serving serving() const { return m_serving; }
    QUrl probeUrl() const { return m_probeUrl; }
    bool isChecking() const { return m_reply != nullptr; }

    // `time` in local time, short: the time alone on the day of `now`, else date and time.
    static QString timeText(const QDateTime &time, const QDateTime &now);

public slots:
    // Reads the schedule and the repositories' last rounds again and checks serving.
    void refresh();

signals:
    // A serving check finished; serving() and the label tell its outcome.
    void servingChecked(s15n::ui::StatusArea::Serving serving);

private:
    void refreshServing();
    void refreshNextRun();
    void refreshRepositories();
    // The next-run label from what refreshNextRun() read and what serving() says.
    void showNextRun();
    void onProbeFinished(QNetworkReply *reply);
    void showServing(Serving serving, const QString &text, const QString &toolTip);

    Node &m_node;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer = nullptr;
    QLabel *m_servingLabel = nullptr;
    QLabel *m_nextRun = nullptr;
    QLabel *m_repositories = nullptr;
    QString m_nextRunText;     // as read, without the serving hint
    QString m_nextRunToolTip;  // the same
    bool m_nextRunDue = false; // a job is due or overdue and not running
    Serving m_serving = Serving::Unknown;
    QUrl m_probeUrl;             // what is asked (0.0.0.0 becomes 127.0.0.1)
    QString m_address;           // what the settings say, for people: http://0.0.0.0:8470
    QByteArray m_ownCertificate; // DER of this node's TLS certificate, when it has one
};

} // namespace s15n::ui
