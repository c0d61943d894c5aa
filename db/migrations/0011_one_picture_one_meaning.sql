-- One picture, one meaning on the parent screens (docs/PICTOGRAMS.md): the car
-- is now "someone else picks up today" and the star looked like "something
-- nice", so children (and classes) that had them get the tractor and the
-- octopus instead. OR IGNORE: a class that already has one of those keeps the old
-- symbol for that child rather than failing the upgrade; the teacher can change it.
UPDATE OR IGNORE children SET symbol = '🚜' WHERE symbol = '🚗';
UPDATE OR IGNORE children SET symbol = '🐙' WHERE symbol = '⭐';
UPDATE OR IGNORE classes SET symbol = '🚜' WHERE symbol = '🚗';
UPDATE OR IGNORE classes SET symbol = '🐙' WHERE symbol = '⭐';
