#pragma once

#include <QList>
#include <QTableView>

namespace s15n::ui {

// A read-only list of records, as the admin pages show them: one row each, selected whole and
// one at a time, alternating colours, no row numbers, one line a cell (elided in the middle;
// the whole text in its tooltip when the model has none). Columns can be moved and resized by
// hand; their order and widths are remembered in QSettings under `settingsKey`.
//
// Until someone resizes a column by hand, the columns fit the view, again whenever the view or
// its rows change: each as wide as its title and contents, the last one taking what is left.
// When they are wider than the view, the elastic columns (long texts: URLs, UUIDs) give way
// first, one after the other, each down to about a dozen characters or its title; then the
// titles wider than what they head (cut, shown whole in their tooltip); what still does not
// fit scrolls. "Fit columns to
// the window" in the header's context menu goes back to that after resizing by hand.
class ListTable : public QTableView
{
    Q_OBJECT
public:
    ListTable(const QString &objectName, const QString &settingsKey, QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // The logical columns that give way first when the columns do not fit, the first first.
    void setElasticColumns(const QList<int> &columns);

    // The first selected row, or -1.
    int selectedRow() const;
    // Selects `row`; false (and nothing changes) when there is no such row.
    bool selectExistingRow(int row);

    // Whether the columns follow the view (no column was resized by hand since the last fit).
    bool fitsColumns() const { return !m_resizedByHand; }

public slots:
    // Fits the columns to the view now, and from then on (also after resizing by hand).
    void fitColumns();

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitIfFollowing();
    void setResizedByHand(bool byHand);
    void showHeaderMenu(const QPoint &position);

    QString m_settingsKey;
    QList<int> m_elastic;
    bool m_resizedByHand = false;
    bool m_fitting = false;
};

} // namespace s15n::ui
