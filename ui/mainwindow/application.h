#pragma once

class QApplication;
class QCoreApplication;
class QGuiApplication;

namespace NorthStar::Application {

// Names, version and translations: all a headless command that draws nothing needs.
void setUpCore(QCoreApplication &app);

// setUpCore() plus the icon and the house font: the same for the window and the
// headless export, so exported slides look like the canvas.
void setUp(QGuiApplication &app);

// Opens the main window on the workspace named on the command line, on recovered edits, or
// on the bundled demo, and runs the event loop.
int runWindow(QApplication &app);

} // namespace NorthStar::Application
