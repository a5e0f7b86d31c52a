#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace Readout {

/// File › Settings: where notes are kept. In the folders of the summaries (the default), or on
/// a team's PostgreSQL server given by its address; a password is never asked for or kept
/// here (libpq's ~/.pgpass, PGPASSWORD or service file provide it).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /// The server's address as the user typed it; empty: notes in the folders.
    QString server() const;
    void setServer(const QString &server);

    void accept() override;

private:
    void update();

    QRadioButton *m_local;
    QRadioButton *m_team;
    QLineEdit *m_address;
    QLabel *m_problem;
};

} // namespace Readout
