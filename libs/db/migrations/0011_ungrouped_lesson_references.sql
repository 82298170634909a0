-- A recommendation made from a debrief lesson of a placement without a working
-- group is readable by everyone signed in; the placement is not. Its source
-- reference no longer names the person, the host unit or the period
-- (lessonSourceReference in libs/domain); rewrite the ones stored before.
UPDATE recommendations AS r
SET source_reference = 'Debriefing liaisonplaatsing'
FROM placement_lessons AS l
JOIN placements AS p ON p.id = l.placement_id
WHERE l.recommendation_id = r.id
  AND p.group_id IS NULL
  AND r.source_type = 'liaison_debrief';
