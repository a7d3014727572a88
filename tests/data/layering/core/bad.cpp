// Fixture for the layering check: every include here breaks a rule.
#include "store.h"
#include "pages/page.h"
#include <QWidget>
#include <QtSql/QSqlQuery>
#include "text/fine.h"
#include <QString>
