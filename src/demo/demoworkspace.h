#pragma once

// The bundled demo: "Lingo", a language-learning app's North Star tree with owners, shipped
// work and leverage, so a first-time user sees a complete tree at once.

#include "common/result.h"
#include "eventstore/importtypes.h"

#include <QString>

namespace NorthStar::DemoWorkspace {

// Where the demo lives for this user.
QString defaultPath();

// Writes the demo workspace, tree and a year of usage data, to `path` (replacing it).
// Takes a second or two: the window runs it on a worker thread, with `control` for progress
// and cancel.
Result<void> create(const QString &path, const ImportControl &control = {});

// The demo's path, created first when it does not exist yet or was made by an older
// version of the demo (then the old file is kept beside it, renamed: nothing is lost).
Result<QString> ensure(const ImportControl &control = {});
// Whether the demo at the default path is there and made by this version of the demo.
bool isCurrent();
// The version of the demo's content a workspace was made from (0: not a demo, or one made
// before demos carried a version).
int versionOf(const QString &path);
int currentVersion();

} // namespace NorthStar::DemoWorkspace
