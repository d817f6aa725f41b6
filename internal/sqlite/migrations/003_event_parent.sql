-- 003: an event's parent as a column.
--
-- EventsOfClaims prefers a sub-event to its parent; reading the parent out
-- of each event's JSON made that cost a parse of the whole event per
-- claim.
ALTER TABLE events ADD COLUMN parent TEXT;
UPDATE events SET parent = json_extract(body, '$.parent');
CREATE INDEX events_parent ON events (parent);
