#include "core/catalog/StandardNumber.h"

namespace infodoc::core {

namespace {

QString compact(const QString& input)
{
    QString out;
    for (const QChar c : input) {
        if (c == u'-' || c == u' ' || c == u'\u2010' || c == u'\u2011')
            continue;
        out += c.toUpper();
    }
    if (out.startsWith(QLatin1String("ISBN")) || out.startsWith(QLatin1String("ISSN")))
        out = out.mid(4);
    if (out.startsWith(u':'))
        out = out.mid(1);
    return out;
}

bool allDigits(QStringView s)
{
    for (const QChar c : s) {
        if (!c.isDigit() || c.unicode() > '9')
            return false;
    }
    return true;
}

int isbn13CheckDigit(QStringView first12)
{
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += first12[i].digitValue() * (i % 2 == 0 ? 1 : 3);
    return (10 - sum % 10) % 10;
}

} // namespace

Result<QString> StandardNumber::normalizeIsbn(const QString& input)
{
    const QString s = compact(input);
    if (s.size() == 10) {
        if (!allDigits(QStringView(s).left(9)) || !(s[9].isDigit() || s[9] == u'X'))
            return Error{tr("ISBN %1: an ISBN-10 has nine digits and a final digit or X.").arg(input)};
        int sum = 0;
        for (int i = 0; i < 10; ++i) {
            const int v = (i == 9 && s[i] == u'X') ? 10 : s[i].digitValue();
            sum += v * (10 - i);
        }
        if (sum % 11 != 0)
            return Error{tr("ISBN %1: the check digit is wrong.").arg(input)};
        const QString first12 = QStringLiteral("978") + s.left(9);
        return QString(first12 + QString::number(isbn13CheckDigit(first12)));
    }
    if (s.size() == 13) {
        if (!allDigits(s))
            return Error{tr("ISBN %1: an ISBN-13 has thirteen digits.").arg(input)};
        if (!s.startsWith(QLatin1String("978")) && !s.startsWith(QLatin1String("979")))
            return Error{tr("ISBN %1: an ISBN-13 starts with 978 or 979.").arg(input)};
        if (isbn13CheckDigit(QStringView(s).left(12)) != s[12].digitValue())
            return Error{tr("ISBN %1: the check digit is wrong.").arg(input)};
        return s;
    }
    return Error{tr("ISBN %1: an ISBN has 10 or 13 characters.").arg(input)};
}

Result<QString> StandardNumber::normalizeIssn(const QString& input)
{
    const QString s = compact(input);
    if (s.size() != 8 || !allDigits(QStringView(s).left(7)) || !(s[7].isDigit() || s[7] == u'X'))
        return Error{tr("ISSN %1: an ISSN has seven digits and a final digit or X.").arg(input)};
    int sum = 0;
    for (int i = 0; i < 7; ++i)
        sum += s[i].digitValue() * (8 - i);
    const int check = (11 - sum % 11) % 11;
    const QChar expected = check == 10 ? QChar(u'X') : QChar(u'0' + check);
    if (s[7] != expected)
        return Error{tr("ISSN %1: the check digit is wrong.").arg(input)};
    return QString(s.left(4) + u'-' + s.mid(4));
}

} // namespace infodoc::core
