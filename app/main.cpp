// Stratos entry point: subcommands run without a display; otherwise the GUI.
#include "cli.h"

int main(int argc, char *argv[])
{
    return stratos::cli::run(argc, argv);
}
