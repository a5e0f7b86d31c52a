#include "settingsdialog.h"

#include "annotations/postgresaddress.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Readout {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_local(new QRadioButton(tr("In the &folders of the summaries"), this)),
      m_team(new QRadioButton(tr("On the &team's PostgreSQL server:"), this)),
      m_address(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_local->setObjectName(QStringLiteral("localNotes"));
    m_team->setObjectName(QStringLiteral("teamNotes"));
    m_address->setObjectName(QStringLiteral("serverAddress"));
    m_address->setPlaceholderText(QStringLiteral("postgresql://host/database"));
    m_address->setAccessibleName(tr("Server address"));
    m_problem->setObjectName(QStringLiteral("serverProblem"));
    m_problem->setWordWrap(true);
    auto *help = new QLabel(tr("The password is not kept here: Readout finds it in ~/.pgpass, "
                               "in PGPASSWORD or in a PostgreSQL service file. The change "
                               "takes effect when Readout starts again."),
                            this);
    help->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Keep notes"), this));
    layout->addWidget(m_local);
    layout->addWidget(m_team);
    layout->addWidget(m_address);
    layout->addWidget(m_problem);
    layout->addWidget(help);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_team, &QRadioButton::toggled, this, &SettingsDialog::update);
    connect(m_address, &QLineEdit::textChanged, this, &SettingsDialog::update);
    m_local->setChecked(true);
    update();
}

QString SettingsDialog::server() const
{
    return m_team->isChecked() ? m_address->text().trimmed() : QString();
}

void SettingsDialog::setServer(const QString &server)
{
    m_address->setText(server);
    (server.isEmpty() ? m_local : m_team)->setChecked(true);
    update();
}

void SettingsDialog::update()
{
    m_address->setEnabled(m_team->isChecked());
    QString problem;
    if (m_team->isChecked()) {
        const PostgresAddress address = PostgresAddress::parse(m_address->text());
        if (!m_address->text().trimmed().isEmpty() && !address.isValid())
            problem = address.error();
        else if (address.droppedPassword())
            problem = tr("The password in the address will not be kept.");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void SettingsDialog::accept()
{
    if (m_team->isChecked() && !PostgresAddress::parse(m_address->text()).isValid()) {
        m_address->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Readout
