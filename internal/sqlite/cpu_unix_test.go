//go:build unix

package sqlite_test

import (
	"syscall"
	"time"
)

// cpuSeconds is the user and system CPU time of the process so far, or
// zero where the system does not tell.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}
