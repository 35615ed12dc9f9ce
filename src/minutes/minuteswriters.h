#pragma once

// The two formats of the minutes, into memory: Minutes::write (minuteswrite.cpp) writes the
// bytes to the file in one go. Internal to the module.

#include "minutes/minutestext.h"

#include <QByteArray>

namespace NorthStar::Minutes::Writers {

// Empty when painting failed.
QByteArray pdf(const Content &content, const Options &options);
QByteArray markdown(const Content &content, const Options &options);

} // namespace NorthStar::Minutes::Writers
