#include "versions/versionnamedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace NorthStar {

VersionNameDialog::VersionNameDialog(const QString &title, const QString &prompt, const QString &name,
                                     std::function<Result<void>(const QString &)> apply, QWidget *parent)
    : QDialog(parent)
    , m_apply(std::move(apply))
    , m_name(new QLineEdit(name, this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    setObjectName(u"versionNameDialog"_s);
    auto *label = new QLabel(prompt, this);
    label->setBuddy(m_name);
    m_name->setObjectName(u"versionName"_s);
    m_name->setMinimumWidth(fontMetrics().averageCharWidth() * 44);
    m_name->selectAll();
    m_error->setObjectName(u"versionNameError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #B91C1C;"_s);
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_name);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The message is about the name as it was: typing again clears it.
    connect(m_name, &QLineEdit::textEdited, m_error, &QLabel::hide);
}

QString VersionNameDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void VersionNameDialog::accept()
{
    if (const auto done = m_apply(m_name->text()); !done) {
        m_error->setText(done.error());
        m_error->show();
        adjustSize(); // room for the message, wrapped
        m_name->setFocus();
        m_name->selectAll();
        return;
    }
    QDialog::accept();
}

} // namespace NorthStar
