package extract

import (
	"sync"

	"tally/internal/extract/eventtype"
)

// triggerBufs reuses the trigger slices of sentences and of whole
// documents: a document's were its third largest allocation. A trigger
// holds offsets and lexicon values, nothing of the text, so a slice is
// handed back as it is.
var triggerBufs sync.Pool

// getTriggers returns an empty trigger slice, with room, from the pool.
func getTriggers() *[]eventtype.Trigger {
	if p, ok := triggerBufs.Get().(*[]eventtype.Trigger); ok {
		*p = (*p)[:0]
		return p
	}
	return new([]eventtype.Trigger)
}

// putTriggers hands back the slice that grew in p's room; the pointer
// goes back too, so that nothing is allocated to pool it.
func putTriggers(p *[]eventtype.Trigger, ts []eventtype.Trigger) {
	*p = ts[:0]
	triggerBufs.Put(p)
}
