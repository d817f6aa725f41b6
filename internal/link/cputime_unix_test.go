//go:build unix

package link

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time (user and system) this process has used, so
// that a benchmark on a busy machine can report its own work apart from
// the time it waited.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
