#pragma once
// Fixture: a ui header.
#include "store.h"
#include "text/fine.h"
