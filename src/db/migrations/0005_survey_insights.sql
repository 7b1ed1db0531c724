-- Placeholder until the survey-insight tables land (issue 6).
SELECT 1;
