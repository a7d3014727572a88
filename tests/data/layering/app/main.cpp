// Fixture: app may include every layer.
#include "pages/page.h"
#include "store.h"
