// rebound: the desktop console.
#include "common/ConsoleStartup.h"

int main(int argc, char* argv[])
{
    return rebound::console::runConsole(argc, argv);
}
