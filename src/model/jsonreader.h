#pragma once

// Reading JSON that a person may have written or edited by hand (tree files, the clipboard):
// every value is checked for its type, and the first one that is not what the format
// expects is reported with its path and what was found there, e.g.
//   $.metrics[2].target.date: expected a date YYYY-MM-DD, found "31.12.2026"
// Reading goes on with defaults after a problem, so a reader checks once at the end
// instead of after every field. JSON null counts as absent for optional keys.

#include "model/types.h"

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace NorthStar {

class JsonProblems final
{
public:
    bool any() const { return !m_first.isEmpty(); }
    const QString &first() const { return m_first; }
    // "PATH: expected WHAT, found FOUND" (FOUND as JSON, or "nothing"); only the first counts.
    void expected(const QString &path, const QString &what, const QJsonValue &found);

private:
    QString m_first;
};

enum class Presence { Optional, Required };

class JsonObjectReader final
{
public:
    // `value` must be an object; anything else is a problem at `path` (and reads as empty).
    JsonObjectReader(JsonProblems &problems, const QJsonValue &value, const QString &path);

    JsonProblems &problems() const { return *m_problems; }
    const QString &path() const { return m_path; }
    QString pathOf(const QString &key) const;
    // Present and not null.
    bool has(const QString &key) const;
    QJsonValue value(const QString &key) const { return m_object.value(key); }
    // Reports the value at `key` as not `what` (for checks the reader cannot make itself).
    void expected(const QString &key, const QString &what) const;

    QString string(const QString &key, Presence presence = Presence::Optional) const;
    // A string with something in it besides spaces.
    QString name(const QString &key) const;
    std::optional<double> number(const QString &key, Presence presence = Presence::Optional) const;
    // An id: a whole number from 1. Absent, or 0, when optional: 0 (none).
    Id id(const QString &key, Presence presence = Presence::Optional) const;
    // Absent (when optional): an invalid date.
    QDate date(const QString &key, Presence presence = Presence::Optional) const;
    // A key of `choices` (toKey() of each); absent (when optional): `fallback`.
    template<typename Enum>
    Enum choice(const QString &key, std::initializer_list<Enum> choices, Enum fallback,
                Presence presence = Presence::Optional) const;
    // The objects of the array at `key` (absent: none), each with its own path.
    QList<JsonObjectReader> objects(const QString &key) const;

private:
    bool present(const QString &key, Presence presence, const QString &what) const;
    std::optional<QString> choiceKey(const QString &key, const QStringList &keys, Presence presence) const;

    JsonProblems *m_problems;
    QJsonObject m_object;
    QString m_path;
};

template<typename Enum>
Enum JsonObjectReader::choice(const QString &key, std::initializer_list<Enum> choices, Enum fallback,
                              Presence presence) const
{
    QStringList keys;
    for (Enum e : choices)
        keys.append(toKey(e));
    const auto found = choiceKey(key, keys, presence);
    if (!found)
        return fallback;
    for (Enum e : choices) {
        if (toKey(e) == *found)
            return e;
    }
    return fallback;
}

} // namespace NorthStar
