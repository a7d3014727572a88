// Fixture: db may use core and itself, not ui.
#include "store.h"
#include "text/fine.h"
#include "pages/page.h"
#include <QSqlQuery>
