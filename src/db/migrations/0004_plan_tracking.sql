-- Placeholder until the plan-tracking tables land (issue 5).
SELECT 1;
