#include "logdetailsdialog.h"

#include "models/keywordnames.h"
#include "models/logmodel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace s15n::ui {

LogDetailsDialog::LogDetailsDialog(const LogEntry &entry, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Log Entry %1").arg(entry.id));

    auto *form = new QFormLayout;
    auto addRow = [this, form](const QString &field, const QString &label, const QString &value) {
        auto *valueLabel = new QLabel(value.isEmpty() ? tr("(none)") : value, this);
        valueLabel->setObjectName(QStringLiteral("detail") + field);
        // Plain text: a name or message that looks like HTML shows as it is.
        valueLabel->setTextFormat(Qt::PlainText);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                            Qt::TextSelectableByKeyboard);
        valueLabel->setWordWrap(true);
        form->addRow(label, valueLabel);
    };
    const QLocale locale;
    const QString time = entry.at.isValid() ? tr("%1 (%2 UTC)")
                                                  .arg(LogModel::localTimeText(entry.at),
                                                       SyncLog::timeToText(entry.at))
                                            : QString();
    const QString result =
        entry.remoteError
            ? tr("%1, reported by the remote node").arg(LogModel::resultText(entry.result))
            : LogModel::resultText(entry.result);
    addRow(QStringLiteral("Id"), tr("Entry:"), QString::number(entry.id));
    addRow(QStringLiteral("Time"), tr("Time:"), time);
    addRow(QStringLiteral("Repository"), tr("Repository:"), entry.repository);
    addRow(QStringLiteral("Peer"), tr("Peer node:"), entry.peer);
    addRow(QStringLiteral("Resource"), tr("Resource:"), entry.resource);
    // A keyword in words for people, and as stored when that differs: the CSV export and
    // `s15n log` show the stored one.
    auto keyword = [](const QString &stored, const QString &shown) {
        if (stored.isEmpty() || shown == stored)
            return shown;
        //: A log entry's mode, direction or action: the words for people, then the keyword
        //: stored (as in the CSV export and `s15n log`).
        return tr("%1 (%2)").arg(shown, stored);
    };
    addRow(QStringLiteral("Mode"), tr("Mode:"),
           keyword(entry.mode, KeywordNames::displayLogMode(entry.mode)));
    addRow(QStringLiteral("Direction"), tr("Direction:"),
           keyword(entry.direction, KeywordNames::displayDirection(entry.direction)));
    addRow(QStringLiteral("Action"), tr("Action:"),
           keyword(entry.action, KeywordNames::displayAction(entry.action)));
    addRow(QStringLiteral("Result"), tr("Result:"), result);
    addRow(QStringLiteral("Received"), tr("Received:"), locale.toString(entry.received));
    addRow(QStringLiteral("Applied"), tr("Applied:"), locale.toString(entry.applied));
    addRow(QStringLiteral("Conflicts"), tr("Conflicts:"), locale.toString(entry.conflicts));
    addRow(QStringLiteral("Skipped"), tr("Skipped:"), locale.toString(entry.skipped));
    addRow(QStringLiteral("Failed"), tr("Failed:"), locale.toString(entry.failed));
    addRow(QStringLiteral("Duration"), tr("Duration:"),
           tr("%1 (%2 ms)")
               .arg(LogModel::durationText(entry.durationMs), locale.toString(entry.durationMs)));

    auto *message = new QPlainTextEdit(entry.message, this);
    message->setObjectName(QStringLiteral("detailMessage"));
    message->setReadOnly(true);
    message->setPlaceholderText(tr("No message"));
    form->addRow(tr("Message:"), message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace s15n::ui
