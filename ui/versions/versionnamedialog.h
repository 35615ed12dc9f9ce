#pragma once

// Asks for a version's name (Save Version…, Rename) and hands it to the edit on OK: a name the
// model refuses (empty, taken) keeps the dialog open with the model's message under the field.

#include "common/result.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace NorthStar {

class VersionNameDialog final : public QDialog
{
    Q_OBJECT

public:
    // `apply` does the edit with the name typed; its error is shown and the dialog stays.
    VersionNameDialog(const QString &title, const QString &prompt, const QString &name,
                      std::function<Result<void>(const QString &)> apply, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QString errorText() const;

    void accept() override;

private:
    std::function<Result<void>(const QString &)> m_apply;
    QLineEdit *m_name;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace NorthStar
