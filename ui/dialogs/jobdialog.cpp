#include "jobdialog.h"

#include "models/keywordnames.h"
#include "schedule/jobstore.h"
#include "schedule/schedule.h"
#include "storage/node.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace s15n::ui {

namespace {

const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");
constexpr int kMaxDurationValue = 999999;

// Now, to the second (the edits show no milliseconds).
QDateTime nowToTheSecond()
{
    const QDateTime now = QDateTime::currentDateTime();
    return QDateTime(now.date(),
                     QTime(now.time().hour(), now.time().minute(), now.time().second()));
}

} // namespace

JobDialog::JobDialog(Node &node, const QString &repository, QWidget *parent)
    : QDialog(parent), m_node(node), m_editing(false), m_original([&repository] {
          Job job;
          job.repository = repository;
          job.startAt = nowToTheSecond().toUTC();
          job.everySeconds = 3600;
          job.timeoutSeconds = Job::kDefaultTimeoutSeconds;
          return job;
      }())
{
    build();
    setWindowTitle(tr("Add a job for %1").arg(repository));
}

JobDialog::JobDialog(Node &node, const Job &job, QWidget *parent)
    : QDialog(parent), m_node(node), m_editing(true), m_original(job)
{
    build();
    setWindowTitle(tr("Edit job %1 of %2").arg(job.id).arg(job.repository));
}

QList<qint64> JobDialog::unitSeconds()
{
    return {1, 60, 3600, 24 * 3600};
}

void JobDialog::build()
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A sync round with '%1' at the start time, then again and "
                                "again at this interval. 's15n serve' runs the scheduled "
                                "rounds on this node's database; Run now runs one here.")
                                 .arg(m_original.repository),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_enabled = new QCheckBox(tr("Enabled: the rounds run as scheduled"), this);
    m_enabled->setObjectName(QStringLiteral("jobEnabled"));
    m_enabled->setChecked(m_original.enabled);
    form->addRow(QString(), m_enabled);

    auto timeEdit = [this](const QString &objectName, const QDateTime &utc) {
        auto *edit = new QDateTimeEdit(this);
        edit->setObjectName(objectName);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(kTimeFormat);
        edit->setDateTime(utc.toLocalTime());
        return edit;
    };
    m_start = timeEdit(QStringLiteral("jobStart"), m_original.startAt);
    m_start->setToolTip(tr("The first round (local time); later rounds follow at the interval."));
    form->addRow(tr("&Start:"), m_start);

    auto *endRow = new QHBoxLayout;
    m_hasEnd = new QCheckBox(tr("Until"), this);
    m_hasEnd->setObjectName(QStringLiteral("jobHasEnd"));
    m_hasEnd->setChecked(m_original.endAt.isValid());
    m_end =
        timeEdit(QStringLiteral("jobEnd"),
                 m_original.endAt.isValid() ? m_original.endAt : m_original.startAt.addDays(30));
    m_end->setToolTip(tr("No round starts at or after this time (local time)."));
    m_end->setEnabled(m_hasEnd->isChecked());
    connect(m_hasEnd, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    endRow->addWidget(m_hasEnd);
    endRow->addWidget(m_end, 1);
    // A label with a buddy: a row of a layout would show its '&' otherwise.
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(tr("&End:"), m_hasEnd), endRow);

    m_repeat = new QSpinBox(this);
    m_repeat->setObjectName(QStringLiteral("jobRepeat"));
    m_repeat->setRange(0, 1000000);
    m_repeat->setSpecialValueText(tr("No limit"));
    m_repeat->setValue(m_original.repeat);
    m_repeat->setToolTip(tr("Rounds in all; 0 = no limit."));
    form->addRow(tr("&Repeat:"), m_repeat);

    auto durationRow = [this](const QString &name, QSpinBox **value, QComboBox **unit) {
        auto *row = new QHBoxLayout;
        *value = new QSpinBox(this);
        (*value)->setObjectName(name);
        // At least 1 (0 cannot be entered), at most what the schedule allows in that unit.
        (*value)->setRange(1, kMaxDurationValue);
        *unit = new QComboBox(this);
        (*unit)->setObjectName(name + QStringLiteral("Unit"));
        const QStringList names{tr("seconds"), tr("minutes"), tr("hours"), tr("days")};
        const QList<qint64> seconds = unitSeconds();
        for (int i = 0; i < names.size(); ++i)
            (*unit)->addItem(names.at(i), seconds.at(i));
        QSpinBox *spin = *value;
        QComboBox *units = *unit;
        connect(units, &QComboBox::currentIndexChanged, spin,
                [spin, units] { spin->setMaximum(maximumIn(units->currentData().toLongLong())); });
        row->addWidget(*value, 1);
        row->addWidget(*unit);
        return row;
    };
    auto *everyRow = durationRow(QStringLiteral("jobEvery"), &m_every, &m_everyUnit);
    m_every->setToolTip(tr("The time between the starts of two rounds."));
    setDuration(m_every, m_everyUnit, m_original.everySeconds);
    form->addRow(label(tr("E&very:"), m_every), everyRow);
    auto *timeoutRow = durationRow(QStringLiteral("jobTimeout"), &m_timeout, &m_timeoutUnit);
    m_timeout->setToolTip(tr("A round still going after this is aborted and rolled back to its "
                             "last checkpoint."));
    setDuration(m_timeout, m_timeoutUnit, m_original.timeoutSeconds);
    form->addRow(label(tr("&Timeout:"), m_timeout), timeoutRow);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("jobMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMinimumWidth(380);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("jobOk"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("jobClose"));
    connect(buttons, &QDialogButtonBox::accepted, this, &JobDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &JobDialog::reject);
    layout->addWidget(buttons);
}

int JobDialog::maximumIn(qint64 unitSeconds)
{
    return int(qMin(qint64(kMaxDurationValue), Schedule::kMaxDurationSeconds / unitSeconds));
}

void JobDialog::setDuration(QSpinBox *value, QComboBox *unit, qint64 seconds)
{
    // The largest unit that shows the duration exactly.
    const QList<qint64> units = unitSeconds();
    int chosen = 0;
    for (int i = int(units.size()) - 1; i > 0; --i) {
        if (seconds > 0 && seconds % units.at(i) == 0 &&
            seconds / units.at(i) <= maximumIn(units.at(i))) {
            chosen = i;
            break;
        }
    }
    unit->setCurrentIndex(chosen);
    value->setMaximum(maximumIn(units.at(chosen)));
    value->setValue(int(qBound(qint64(1), seconds / units.at(chosen), qint64(value->maximum()))));
}

qint64 JobDialog::duration(const QSpinBox *value, const QComboBox *unit)
{
    return qint64(value->value()) * unit->currentData().toLongLong();
}

Job JobDialog::job() const
{
    Job job = m_original;
    job.enabled = m_enabled->isChecked();
    job.startAt = m_start->dateTime().toUTC();
    job.endAt = m_hasEnd->isChecked() ? m_end->dateTime().toUTC() : QDateTime();
    job.repeat = m_repeat->value();
    job.everySeconds = duration(m_every, m_everyUnit);
    job.timeoutSeconds = duration(m_timeout, m_timeoutUnit);
    return job;
}

QString JobDialog::message() const
{
    return m_message->text();
}

bool JobDialog::messageIsError() const
{
    return m_message->property("error").toBool();
}

void JobDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

QString JobDialog::check(const Job &job)
{
    // The dialog's words for what JobStore::validate() checks too (its messages name the
    // command line's options and ISO times); the spin boxes allow no other mistake.
    if (job.endAt.isValid() && job.endAt <= job.startAt) {
        const QLocale locale;
        QString end = locale.toString(job.endAt.toLocalTime(), QLocale::ShortFormat);
        QString start = locale.toString(job.startAt.toLocalTime(), QLocale::ShortFormat);
        if (end == start) { // apart by less than the short format shows
            end = locale.toString(job.endAt.toLocalTime(), QLocale::LongFormat);
            start = locale.toString(job.startAt.toLocalTime(), QLocale::LongFormat);
        }
        return tr("The end (%1) must be after the start (%2). Choose a later end, or clear "
                  "Until for no end.")
            .arg(end, start);
    }
    if (job.everySeconds < 1)
        return tr("Every must be at least 1 second.");
    if (job.timeoutSeconds < 1)
        return tr("The timeout must be at least 1 second.");
    const qint64 maxDays = Schedule::kMaxDurationSeconds / (24 * 3600);
    if (job.everySeconds > Schedule::kMaxDurationSeconds)
        return tr("Every must be at most %1 days.").arg(QLocale().toString(maxDays));
    if (job.timeoutSeconds > Schedule::kMaxDurationSeconds)
        return tr("The timeout must be at most %1 days.").arg(QLocale().toString(maxDays));
    return QString();
}

void JobDialog::accept()
{
    const Job changed = job();
    if (const QString wrong = check(changed); !wrong.isEmpty()) {
        showMessage(wrong, true);
        emit storingFailed(wrong);
        return;
    }
    JobStore store(m_node.database());
    // One row: quick enough for the GUI thread.
    qint64 id = changed.id;
    if (m_editing) {
        if (Status s = store.edit(changed); !s) {
            showMessage(s.message(), true);
            emit storingFailed(s.message());
            return;
        }
    } else {
        Result<qint64> added = store.add(changed);
        if (!added) {
            showMessage(added.message(), true);
            emit storingFailed(added.message());
            return;
        }
        id = added.value();
    }
    const QString text =
        (m_editing ? tr("Job %1 changed: every %2 from %3.")
                   : tr("Job %1 added: every %2 from %3."))
            .arg(id)
            .arg(KeywordNames::displayDuration(changed.everySeconds),
                 QLocale().toString(changed.startAt.toLocalTime(), QLocale::ShortFormat));
    showMessage(text, false);
    emit stored(id, text);
    QDialog::accept();
}

} // namespace s15n::ui
