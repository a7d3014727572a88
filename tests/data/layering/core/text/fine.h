#pragma once
// Fixture: a core header (allowed everywhere).
