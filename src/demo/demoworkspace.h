#pragma once

// The bundled demo: "Lingo", a language-learning app's North Star tree with owners, shipped
// work and leverage, so a first-time user sees a complete tree at once.

#include "common/result.h"

#include <QString>

namespace NorthStar::DemoWorkspace {

// Where the demo lives for this user.
QString defaultPath();

// Writes the demo workspace to `path` (replacing it).
Result<void> create(const QString &path);

// The demo's path, created first when it does not exist yet.
Result<QString> ensure();

} // namespace NorthStar::DemoWorkspace
