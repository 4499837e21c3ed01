-- Copies set aside on the shelf for a day: a visit prepared with its
-- documents. While set aside (not released, its day not past) a copy is lent
-- only from what it was set aside for; a past day releases it by itself.
CREATE TABLE set_aside (
    id INTEGER PRIMARY KEY,
    copy_id INTEGER NOT NULL REFERENCES copy(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    released_on TEXT
);
CREATE INDEX set_aside_active ON set_aside(copy_id, day) WHERE released_on IS NULL;

-- The copies set aside for an appointment.
CREATE TABLE appointment_set_aside (
    appointment_id INTEGER NOT NULL REFERENCES appointment(id) ON DELETE CASCADE,
    set_aside_id INTEGER NOT NULL REFERENCES set_aside(id) ON DELETE CASCADE,
    PRIMARY KEY (appointment_id, set_aside_id)
);
CREATE INDEX appointment_set_aside_by_set_aside ON appointment_set_aside(set_aside_id);
