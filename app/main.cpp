// rebound: the desktop console.
#include "ConsoleStartup.h"

int main(int argc, char* argv[])
{
    return rebound::console::runConsole(argc, argv);
}
