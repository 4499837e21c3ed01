#pragma once

#include <QWidget>

#include <functional>

namespace infodoc::test {

// Hands the next modal window (message box, dialog) to `check` once it is
// shown, then closes it as its close button would.
// With `type`, other modal windows (a progress dialog) are let be.
void whenModal(std::function<void(QWidget*)> check, const QMetaObject* type = nullptr);

template <typename T> T* child(QWidget* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

} // namespace infodoc::test
