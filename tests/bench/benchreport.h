#pragma once

#include "benchmeasure.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace s15n::bench {

// What a report says about how the figures were made.
struct ReportSettings
{
    int pageSize = 0;
    QStringList pragmas; // extra PRAGMAs of the run (experiments); empty = engine defaults
    QString dir;
    bool peakIsPhaseLocal = true;
};

// The exchange benchmark's figures as a plain-text table (sizes side by side), with the
// derived rates, ratios against the raw baseline, and memory against the row count.
QString exchangeReport(const QList<SizeRun> &runs, const ReportSettings &settings);
// The same figures as JSON.
QJsonObject exchangeReportJson(const QList<SizeRun> &runs, const ReportSettings &settings);

} // namespace s15n::bench
