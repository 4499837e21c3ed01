#pragma once

#include "core/interop/CslItem.h"

#include <QByteArray>
#include <QList>

namespace infodoc::core {

// Machine-readable reference lists for Zotero, pandoc and the like.
class ReferenceExport
{
public:
    static QByteArray cslJson(const QList<CslItem>& items, bool withAbstracts);
    static QByteArray ris(const QList<CslItem>& items, bool withAbstracts);
    static QByteArray bibtex(const QList<CslItem>& items, bool withAbstracts);
};

} // namespace infodoc::core
