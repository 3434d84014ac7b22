#pragma once

#include <QMainWindow>

class QLabel;

namespace s15n::ui {

// The main window only navigates between pages; in this first version it shows the node.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    QLabel *m_nodeLabel = nullptr;
};

} // namespace s15n::ui
