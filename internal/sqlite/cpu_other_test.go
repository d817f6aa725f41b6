//go:build !unix

package sqlite_test

// cpuSeconds is zero where the process's CPU time is not at hand.
func cpuSeconds() float64 { return 0 }
