-- Placeholder until the plans tables land (issue 5).
SELECT 1;
