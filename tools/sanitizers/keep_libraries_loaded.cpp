// Linked into every executable of the `asan` preset only (STRATOS_SANITIZE).
// LeakSanitizer runs at exit, after libraries were unloaded with dlclose():
// a block that an unloaded library (Mesa's GLX driver, a Qt plugin) still
// pointed to then looks leaked, from "<unknown module>", and no suppression
// can name it. An executable's own dlclose() takes precedence over libc's for
// every library, so this one keeps them loaded until the process ends: what
// LeakSanitizer reports is then a real leak with a full stack.
extern "C" int dlclose(void *) { return 0; }
