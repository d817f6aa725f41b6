-- A figure counted inside a larger one ("23 children among the dead"):
-- tally.Claim.Part.
ALTER TABLE claims ADD COLUMN part INTEGER NOT NULL DEFAULT 0;
