#pragma once

#include "core/catalog/Record.h"

#include <QList>

namespace infodoc::test {

// Records covering every document type of the catalogue and the awkward
// cases of a reference: no date, no place, directors, organisations, pages,
// web addresses, quotes and question marks in titles, two works by the same
// author in the same year.
QList<core::Record> referenceFixtures();

} // namespace infodoc::test
