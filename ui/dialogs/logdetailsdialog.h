#pragma once

#include "log/synclog.h"

#include <QDialog>

namespace s15n::ui {

// Every field of one log entry, read-only and selectable, with a Close button. The value
// labels are named "detail<Field>" (detailId, detailTime, ...) and the message box
// "detailMessage".
class LogDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LogDetailsDialog(const LogEntry &entry, QWidget *parent = nullptr);
};

} // namespace s15n::ui
