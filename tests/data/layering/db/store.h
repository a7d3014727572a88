#pragma once
// Fixture: a db header.
