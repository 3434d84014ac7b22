#include "widgets/statusarea.h"

#include "client/repositorysetup.h"
#include "models/keywordnames.h"
#include "models/logmodel.h"
#include "protocol/messages.h"
#include "schedule/jobstore.h"
#include "schedule/schedule.h"
#include "storage/node.h"
#include "storage/nodesettings.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

#include <optional>

namespace s15n::ui {

Q_LOGGING_CATEGORY(lcStatus, "s15n.ui.status")

namespace {

constexpr int kMaxRepositoriesShown = 4;

const char kGreen[] = "#2e7d32";
const char kOrange[] = "#ef6c00";
const char kRed[] = "#c62828";
const char kGrey[] = "#9e9e9e";

// A coloured dot before `text` (plain text, escaped here).
QString dotted(const char *color, const QString &text)
{
    return QStringLiteral("<span style=\"color:%1\">\u25cf</span>&nbsp;%2")
        .arg(QLatin1String(color), text.toHtmlEscaped());
}

const char *colorOf(LogResult result)
{
    switch (result) {
    case LogResult::Success:
        return kGreen;
    case LogResult::Warning:
        return kOrange;
    case LogResult::Error:
    case LogResult::Fatal:
        return kRed;
    }
    return kGrey;
}

QLabel *makeLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    return label;
}

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

} // namespace

StatusArea::StatusArea(Node &node, QWidget *parent)
    : QWidget(parent), m_node(node), m_network(new QNetworkAccessManager(this)),
      m_timer(new QTimer(this))
{
    // This node's own server is asked directly, never through a proxy.
    m_network->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_servingLabel = makeLabel(QStringLiteral("statusServing"), this);
    m_nextRun = makeLabel(QStringLiteral("statusNextRun"), this);
    m_repositories = makeLabel(QStringLiteral("statusRepositories"), this);
    layout->addWidget(m_servingLabel);
    layout->addWidget(separator(this));
    layout->addWidget(m_nextRun);
    layout->addWidget(separator(this));
    layout->addWidget(m_repositories, 1);

    m_timer->setObjectName(QStringLiteral("statusRefreshTimer"));
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &StatusArea::refresh);
    m_timer->start();
    refresh();
}

StatusArea::~StatusArea()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void StatusArea::refresh()
{
    refreshNextRun();
    refreshRepositories();
    refreshServing();
}

QString StatusArea::timeText(const QDateTime &time, const QDateTime &now)
{
    const QDateTime local = time.toLocalTime();
    const QLocale locale;
    if (local.date() == now.toLocalTime().date())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

void StatusArea::showServing(Serving serving, const QString &text, const QString &toolTip)
{
    m_serving = serving;
    const char *color = kOrange;
    if (serving == Serving::ThisNode)
        color = kGreen;
    else if (serving == Serving::NotServing || serving == Serving::Unknown)
        color = kGrey;
    m_servingLabel->setText(dotted(color, text));
    m_servingLabel->setToolTip(toolTip);
    showNextRun();
}

void StatusArea::refreshServing()
{
    if (m_reply)
        return; // the last check is still under way (it ends within kProbeTimeoutMs)
    Result<NodeSettings> settings = NodeSettings::load(m_node.database());
    if (!settings) {
        showServing(Serving::Unknown, tr("Serving: unknown"), settings.message());
        emit servingChecked(m_serving);
        return;
    }
    QHostAddress address(QHostAddress::LocalHost);
    quint16 port = NodeSettings::kDefaultPort;
    const QString listen = settings.value().listen;
    if (!listen.isEmpty() && !NodeSettings::parseListen(listen, &address, &port)) {
        showServing(
            Serving::Unknown, tr("Serving: unknown"),
            tr("The address to serve on in the settings ('%1') is not ADDRESS:PORT.").arg(listen));
        emit servingChecked(m_serving);
        return;
    }
    const bool tls = !settings.value().tlsCertificateFile.isEmpty();
    const QString scheme = tls ? QStringLiteral("https") : QStringLiteral("http");
    // A server on every interface is asked on the loopback one.
    QHostAddress ask = address;
    if (address == QHostAddress(QHostAddress::AnyIPv4) ||
        address == QHostAddress(QHostAddress::Any))
        ask = QHostAddress(QHostAddress::LocalHost);
    else if (address == QHostAddress(QHostAddress::AnyIPv6))
        ask = QHostAddress(QHostAddress::LocalHostIPv6);
    m_probeUrl = QUrl();
    m_probeUrl.setScheme(scheme);
    m_probeUrl.setHost(ask.toString());
    m_probeUrl.setPort(port);
    m_probeUrl.setPath(QStringLiteral("/s15n/v1/node"));
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                             : address.toString();
    m_address = QStringLiteral("%1://%2:%3").arg(scheme, host).arg(port);
    if (m_serving == Serving::Unknown)
        showServing(Serving::Unknown, tr("Asking %1...").arg(m_address),
                    tr("Checking whether s15n serve answers for this node at %1.").arg(m_address));

    m_ownCertificate.clear();
    if (tls) {
        const QList<QSslCertificate> own =
            QSslCertificate::fromPath(settings.value().tlsCertificateFile, QSsl::Pem);
        if (!own.isEmpty())
            m_ownCertificate = own.first().toDer();
    }

    QNetworkRequest request(m_probeUrl);
    request.setTransferTimeout(kProbeTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    // A server with this node's own certificate is this node's, whoever signed it.
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply] {
        if (!m_ownCertificate.isEmpty() &&
            reply->sslConfiguration().peerCertificate().toDer() == m_ownCertificate)
            reply->ignoreSslErrors();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onProbeFinished(reply); });
    // The transfer timeout covers a silent server; this covers a connection that never opens.
    QTimer::singleShot(kProbeTimeoutMs, reply, [reply] {
        if (reply->isRunning())
            reply->abort();
    });
}

void StatusArea::onProbeFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        if (reply->error() == QNetworkReply::SslHandshakeFailedError)
            showServing(Serving::Unidentified,
                        tr("Something answers at %1, with a certificate that is not this node's")
                            .arg(m_address),
                        reply->errorString());
        else
            showServing(Serving::NotServing, tr("Not serving at %1").arg(m_address),
                        tr("s15n serve is not running at %1: %2")
                            .arg(m_address,
                                 reply->error() == QNetworkReply::OperationCanceledError
                                     ? tr("nothing answered at %1 within %2 s.")
                                           .arg(m_probeUrl.toString())
                                           .arg(kProbeTimeoutMs / 1000)
                                     : reply->errorString()));
        emit servingChecked(m_serving);
        return;
    }

    // Which node answered: the header a server sends on every answer, or the node
    // description when it answers that without credentials.
    QUuid answered = QUuid::fromString(QString::fromLatin1(reply->rawHeader("X-S15n-Node")));
    if (answered.isNull() && status.toInt() == 200) {
        if (Result<messages::NodeInfo> info = messages::nodeInfoFromXml(reply->readAll()); info)
            answered = info.value().uuid;
    }
    const QUuid self = m_node.identity().uuid;
    if (answered == self) {
        showServing(Serving::ThisNode, tr("Serving on %1").arg(m_address),
                    tr("s15n serve answers for this node at %1.").arg(m_address));
    } else if (!answered.isNull()) {
        showServing(Serving::OtherNode,
                    tr("Not serving: another node answers at %1").arg(m_address),
                    tr("The server at %1 is node %2, not this node (%3): another node's "
                       "s15n serve uses this node's address.")
                        .arg(m_address, answered.toString(QUuid::WithoutBraces),
                             self.toString(QUuid::WithoutBraces)));
    } else if (reply->hasRawHeader("X-S15n-Time")) {
        showServing(Serving::Unidentified, tr("Something answers at %1").arg(m_address),
                    tr("An s15n server answers at %1 but does not say which node it serves.")
                        .arg(m_address));
    } else {
        showServing(Serving::Unidentified, tr("Something answers at %1").arg(m_address),
                    tr("The program answering at %1 is not s15n serve (HTTP %2).")
                        .arg(m_address)
                        .arg(status.toInt()));
    }
    qCDebug(lcStatus) << "serving check" << m_probeUrl << status.toInt() << m_serving;
    emit servingChecked(m_serving);
}

void StatusArea::refreshNextRun()
{
    Result<QList<Job>> jobs = JobStore(m_node.database()).list();
    m_nextRunDue = false;
    if (!jobs) {
        m_nextRunText = tr("Next run: unknown");
        m_nextRunToolTip = jobs.message();
        showNextRun();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::optional<Job> soonest;
    QDateTime soonestAt;
    std::optional<Job> running;
    QStringList lines;
    for (const Job &job : jobs.value()) {
        if (!job.enabled)
            continue;
        if (job.runningSince.isValid() && !Schedule::isClaimStale(job, now) && !running)
            running = job;
        const std::optional<QDateTime> next = Schedule::nextRun(job, now);
        if (!next)
            continue;
        lines << tr("%1: %2").arg(job.repository, timeText(*next, now));
        if (!soonest || *next < soonestAt) {
            soonest = job;
            soonestAt = *next;
        }
    }
    QString text;
    if (running)
        text = tr("Syncing with %1 (since %2)")
                   .arg(running->repository, timeText(running->runningSince, now));
    else if (!soonest)
        text = tr("No scheduled runs");
    else if (soonestAt <= now)
        text = tr("Next run: %1, due now").arg(soonest->repository);
    else
        text = tr("Next run: %1 at %2").arg(soonest->repository, timeText(soonestAt, now));
    m_nextRunDue = !running && soonest && soonestAt <= now;
    m_nextRunText = text;
    m_nextRunToolTip =
        lines.isEmpty() ? QString() : tr("Scheduled runs:\n%1").arg(lines.join(u'\n'));
    showNextRun();
}

void StatusArea::showNextRun()
{
    // Nothing runs a job that is due while this node's s15n serve does not answer (another
    // node's answering at its address is not it). Unknown (not checked yet) is not told.
    const bool waits =
        m_nextRunDue && (m_serving == Serving::NotServing || m_serving == Serving::OtherNode);
    if (!waits) {
        m_nextRun->setText(m_nextRunText.toHtmlEscaped());
        m_nextRun->setToolTip(m_nextRunToolTip);
        return;
    }
    m_nextRun->setText(dotted(kOrange, tr("%1 (runs when s15n serve runs)").arg(m_nextRunText)));
    const QString db = m_node.database().location().toString();
    QString toolTip =
        tr("Scheduled jobs are run by s15n serve (its worker), and it is not serving this node "
           "at %1. Start it on this node's database, e.g. 's15n serve --db %2' (or its systemd "
           "service, s15n-serve.service); until then no job runs. Run now on the Repositories "
           "page's Schedule tab, or Sync now, syncs once from here.")
            .arg(m_address,
                 db.contains(QLatin1Char(' ')) ? QLatin1Char('"') + db + QLatin1Char('"') : db);
    if (!m_nextRunToolTip.isEmpty())
        toolTip += QStringLiteral("\n\n") + m_nextRunToolTip;
    m_nextRun->setToolTip(toolTip);
}

void StatusArea::refreshRepositories()
{
    Result<QList<RepositoryOverview>> all = RepositorySetup(m_node).overview();
    if (!all) {
        m_repositories->setText(dotted(kGrey, tr("Repositories: unknown")));
        m_repositories->setToolTip(all.message());
        return;
    }
    if (all.value().isEmpty()) {
        m_repositories->setText(tr("No repositories").toHtmlEscaped());
        m_repositories->setToolTip(QString());
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList shown;
    QStringList details;
    for (const RepositoryOverview &o : all.value()) {
        const QString name = o.repository.name;
        if (!o.lastRound) {
            if (shown.size() < kMaxRepositoriesShown)
                shown << dotted(kGrey, tr("%1: never synced").arg(name));
            details << tr("%1: never synced").arg(name);
            continue;
        }
        const LastRound &last = *o.lastRound;
        const QString result = KeywordNames::displayResult(last.result);
        if (shown.size() < kMaxRepositoriesShown)
            shown << dotted(colorOf(last.result),
                            tr("%1: %2 %3").arg(name, result, timeText(last.at, now)));
        details << (last.message.isEmpty()
                        ? tr("%1: %2 at %3").arg(name, result, LogModel::localTimeText(last.at))
                        : tr("%1: %2 at %3: %4")
                              .arg(name, result, LogModel::localTimeText(last.at), last.message));
    }
    if (all.value().size() > kMaxRepositoriesShown)
        shown << tr("and %n more", nullptr, int(all.value().size()) - kMaxRepositoriesShown)
                     .toHtmlEscaped();
    m_repositories->setText(shown.join(QStringLiteral("&nbsp;&nbsp; ")));
    m_repositories->setToolTip(tr("Last sync round:\n%1").arg(details.join(u'\n')));
}

} // namespace s15n::ui
