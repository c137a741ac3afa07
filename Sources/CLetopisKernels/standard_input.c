#include "LetopisKernels.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

// Whether file descriptor 0 was closed when the process started (`letopis extract - <&-`).
static int lk_stdin_closed = 0;

// Runs before any Swift code. A descriptor left closed by the parent is the lowest free one,
// so the first file, pipe or event descriptor the runtime opens (the concurrency runtime opens
// some before `main`) would take number 0, and reading "standard input" would then read that
// instead of failing. Number 0 is therefore held by /dev/null, and the fact that standard
// input was closed is remembered for the readers to report.
__attribute__((constructor)) static void lk_check_standard_input(void) {
    if (fcntl(0, F_GETFD) == -1 && errno == EBADF) {
        lk_stdin_closed = 1;
        int fd = open("/dev/null", O_RDONLY);
        if (fd > 0) {
            dup2(fd, 0);
            close(fd);
        }
    }
}

int lk_standard_input_was_closed(void) { return lk_stdin_closed; }
