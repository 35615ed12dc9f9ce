#include "csv/columnmapping.h"

using namespace Qt::StringLiterals;

namespace NorthStar {

namespace {

// Normalized names in order of preference.
const QStringList &userNames()
{
    static const QStringList names = {
        u"userid"_s, u"customerid"_s, u"distinctid"_s, u"user"_s, u"uid"_s, u"accountid"_s,
        u"clientid"_s, u"memberid"_s, u"personid"_s, u"visitorid"_s, u"anonymousid"_s,
        u"customer"_s, u"account"_s, u"username"_s, u"email"_s, u"useremail"_s,
        u"kundenid"_s, u"kundennummer"_s, u"kunde"_s, u"nutzerid"_s, u"benutzerid"_s,
    };
    return names;
}

const QStringList &timeNames()
{
    static const QStringList names = {
        u"timestamp"_s, u"eventtime"_s, u"eventtimestamp"_s, u"time"_s, u"datetime"_s,
        u"invoicedate"_s, u"occurredat"_s, u"createdat"_s, u"ts"_s, u"eventdate"_s,
        u"date"_s, u"sentat"_s, u"receivedat"_s, u"orderdate"_s, u"created"_s,
        u"zeitpunkt"_s, u"zeitstempel"_s, u"datum"_s,
    };
    return names;
}

const QStringList &eventNames()
{
    static const QStringList names = {
        u"event"_s, u"eventtype"_s, u"eventname"_s, u"action"_s, u"eventaction"_s,
        u"activity"_s, u"type"_s, u"ereignis"_s, u"aktion"_s,
    };
    return names;
}

const QStringList &valueNames()
{
    static const QStringList names = {
        u"value"_s, u"totalprice"_s, u"total"_s, u"revenue"_s, u"amount"_s, u"totalamount"_s,
        u"ordertotal"_s, u"sales"_s, u"price"_s, u"unitprice"_s, u"umsatz"_s,
        u"betrag"_s, u"wert"_s, u"preis"_s,
    };
    return names;
}

// Index of the column whose name comes first in `preferred`, not already taken.
int pick(const QStringList &normalized, const QStringList &preferred, const QList<int> &taken)
{
    for (const QString &name : preferred) {
        for (int i = 0; i < normalized.size(); ++i) {
            if (normalized[i] == name && !taken.contains(i))
                return i;
        }
    }
    return -1;
}

} // namespace

QString ColumnMapping::normalizedName(const QString &name)
{
    QString n = name.trimmed().toLower();
    n.remove(u'_').remove(u'-').remove(u' ').remove(u'.');
    return n;
}

ColumnMapping ColumnMapping::fromHeader(const QStringList &header)
{
    QStringList normalized;
    normalized.reserve(header.size());
    for (const QString &name : header)
        normalized.append(normalizedName(name));
    ColumnMapping m;
    QList<int> taken;
    const auto choose = [&](int &field, const QStringList &names) {
        field = pick(normalized, names, taken);
        if (field >= 0)
            taken.append(field);
    };
    choose(m.userId, userNames());
    choose(m.timestamp, timeNames());
    choose(m.event, eventNames());
    choose(m.value, valueNames());
    for (int i = 0; i < header.size(); ++i) {
        if (!taken.contains(i))
            m.attributes.append(i);
    }
    return m;
}

} // namespace NorthStar
