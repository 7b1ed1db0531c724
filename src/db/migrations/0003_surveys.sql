-- Placeholder until the survey tables land (issue 6).
SELECT 1;
