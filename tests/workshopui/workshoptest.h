#pragma once

// What the workshop GUI tests share: keys sent where a person's keys go (the focus widget of
// the active window), acting on a modal dialog once it is the active window, and a window
// on a tree from a template with a manual workshop clock.

#include "mainwindow/mainwindow.h"
#include "model/document.h"
#include "mainwindow/documentcontroller.h"
#include "workshop/workshopclock.h"
#include "workshop/workshopsession.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace WorkshopTest {

// The focus widget gets it, as from a keyboard; shortcuts are offered first.
inline void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

inline void type(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    QTest::keyClicks(target, text);
}

// Runs `act` once a modal `Dialog` is the active window (it blocks in exec()); closes the
// dialog afterwards if `act` left it open (a failed check inside), so the test never hangs.
template<typename Dialog>
void whenActive(std::function<void(Dialog *)> act)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog || QApplication::activeWindow() != dialog)
            return;
        timer->stop();
        timer->deleteLater();
        act(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    timer->start();
}

// Settings in a temporary folder: no saved window layout of the person running the tests.
inline void isolateSettings(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
}

// 3 Dec 2026, 09:00 UTC: the workshop's day.
inline QDateTime workshopDay()
{
    return QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);
}

} // namespace WorkshopTest
