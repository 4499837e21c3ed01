#include "core/interop/Marc.h"

namespace infodoc::core {

QString MarcField::value(QChar code) const
{
    for (const MarcSubfield& s : subfields)
        if (s.code == code) {
            const QString v = s.value.trimmed();
            if (!v.isEmpty())
                return v;
        }
    return {};
}

QStringList MarcField::values(QChar code) const
{
    QStringList out;
    for (const MarcSubfield& s : subfields)
        if (s.code == code && !s.value.trimmed().isEmpty())
            out.append(s.value.trimmed());
    return out;
}

const MarcField* MarcRecord::first(const QString& tag) const
{
    for (const MarcField& f : fields)
        if (f.tag == tag)
            return &f;
    return nullptr;
}

QList<const MarcField*> MarcRecord::all(const QString& tag) const
{
    QList<const MarcField*> out;
    for (const MarcField& f : fields)
        if (f.tag == tag)
            out.append(&f);
    return out;
}

QString MarcRecord::value(const QString& tag, QChar code) const
{
    for (const MarcField& f : fields)
        if (f.tag == tag)
            if (QString v = f.value(code); !v.isEmpty())
                return v;
    return {};
}

QString MarcRecord::control(const QString& tag) const
{
    const MarcField* f = first(tag);
    return f ? f->data : QString();
}

} // namespace infodoc::core
