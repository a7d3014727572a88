#pragma once
// What the web module (stratos_web) exports besides its WebViews: the profile,
// scheme and view functions the web tests call directly (they link the module).

#include <QtGlobal>

#if defined(STRATOS_WEB_MODULE)
#define STRATOS_WEB_EXPORT Q_DECL_EXPORT
#else
#define STRATOS_WEB_EXPORT Q_DECL_IMPORT
#endif
